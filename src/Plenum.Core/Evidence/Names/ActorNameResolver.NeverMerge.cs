namespace Plenum.Core.Evidence.Names;

public sealed partial class ActorNameResolver
{
    /// <summary>
    /// The never-merge pair that forbids reading <paramref name="surface"/> as the actor, or null when none does:
    /// the spelling names one side of a pair (in any spelling: Trotzki is Trotsky) and the actor is known by the
    /// other side only. The analyst's review refuses such a merge with the pair in the message.
    /// </summary>
    /// <remarks>
    /// <see cref="Resolve(string, NameLanguage)"/> never suggests these merges; <see cref="NameMergeDecisions"/>
    /// would still honour a confirmation made elsewhere, so the check is made where decisions are recorded.
    /// An actor unknown to the resolver gives null: the caller checks <see cref="ActorIds"/> first.
    /// </remarks>
    public NeverMergePair? NeverMergePairAgainst(string surface, string actorId)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var actor = _actors.Find(a => a.ActorId == actorId);
        var surname = NameParser.Parse(surface).Surname;
        if (actor is null || surname is null) return null;
        var surfaceKeys = KeysOf(surname);
        foreach (var (first, second, pair) in _neverMerge)
        {
            if (Names(surfaceKeys, second) && Names(actor.Keys, first) && !Names(actor.Keys, second)) return pair;
            if (Names(surfaceKeys, first) && Names(actor.Keys, second) && !Names(actor.Keys, first)) return pair;
        }
        return null;
    }
}
