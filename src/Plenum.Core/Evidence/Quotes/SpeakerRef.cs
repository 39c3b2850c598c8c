namespace Plenum.Core.Evidence.Quotes;

/// <summary>A speaker or addressee: the name as the text writes it, and the actor it resolved to (null if none).</summary>
/// <param name="SurfaceName">The words in the document ("Bucharin", "Daily Worker").</param>
/// <param name="ActorId">The scenario actor, or null for a name that is not an actor (Bakaiev, a newspaper).</param>
public sealed record SpeakerRef(string SurfaceName, string? ActorId)
{
    /// <summary>The actor id, or <c>~</c> and the surface name when unresolved; equal keys mean the same speaker.</summary>
    public string Key => ActorId ?? "~" + SurfaceName;
}
