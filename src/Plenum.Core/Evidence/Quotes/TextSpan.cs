namespace Plenum.Core.Evidence.Quotes;

/// <summary>A half-open range <c>[Start, Start + Length)</c> of UTF-16 positions in the original document.</summary>
/// <remarks>
/// Offsets index the string exactly as it was given (no normalisation, no line-ending changes), so a stored
/// document and a span found today still point at the same characters tomorrow.
/// </remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The first position after the span.</summary>
    public int End => Start + Length;

    /// <summary>A span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether the position lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>The characters the span covers.</summary>
    public string In(string text) => text.Substring(Start, Length);
}
