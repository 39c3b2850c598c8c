namespace Plenum.Core.Evidence.Names;

/// <summary>
/// A name found in a text, with the actors it may refer to. Offsets are UTF-16 character offsets into the
/// text as given, so they stay stable as long as the stored text does.
/// </summary>
/// <param name="Start">Offset of the first character (an honorific such as "Comrade" included).</param>
/// <param name="Length">Length in characters; a possessive 's is left out.</param>
/// <param name="Surface">The text of the span.</param>
/// <param name="Suggestions">Candidate actors, best first; never empty.</param>
public sealed record ActorMention(int Start, int Length, string Surface, IReadOnlyList<NameSuggestion> Suggestions)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The best-scored suggestion.</summary>
    public NameSuggestion Best => Suggestions[0];
}
