namespace Plenum.Core.Evidence.Names;

public sealed partial class ActorNameResolver
{
    /// <summary>Drops suggestions that a never-merge pair or the feminine/masculine rule forbids; exact aliases stay.</summary>
    private void ApplyGuards(Dictionary<int, NameSuggestion> best, HashSet<string> surfaceKeys, HashSet<string> mainKeys, ParsedName parsed)
    {
        foreach (var (actorIndex, suggestion) in best.ToList())
        {
            if (suggestion.Method is NameMatchMethod.AliasExact or NameMatchMethod.AnalystConfirmed) continue;
            var actor = _actors[actorIndex];
            if (ForbiddenByPair(actor, surfaceKeys) || (!parsed.SurnameIsCyrillic && OtherGender(actor, mainKeys)))
                best.Remove(actorIndex);
        }
    }

    private bool ForbiddenByPair(ActorNameIndex actor, HashSet<string> surfaceKeys)
    {
        foreach (var (first, second, _) in _neverMerge)
        {
            if (Names(surfaceKeys, second) && Names(actor.Keys, first) && !Names(actor.Keys, second)) return true;
            if (Names(surfaceKeys, first) && Names(actor.Keys, second) && !Names(actor.Keys, first)) return true;
        }
        return false;
    }

    private static bool Names(HashSet<string> keys, HashSet<string> nameKeys) => keys.Overlaps(nameKeys);

    /// <summary>Zinovyeva for Zinoviev, Tomskaya for Tomsky, Krupsky for Krupskaya: the other gender's form of the actor's surname.</summary>
    private static bool OtherGender(ActorNameIndex actor, HashSet<string> surfaceKeys)
    {
        foreach (var key in surfaceKeys)
        {
            if (key.Length < 3) continue;
            if (!actor.Feminine && key.EndsWith('a'))
            {
                var stem = key[..^1];
                if (actor.Keys.Contains(stem) || actor.Keys.Contains(stem + "i")) return true;
            }
            if (actor.Feminine && !key.EndsWith('a'))
            {
                if (actor.Keys.Contains(key + "a")) return true;
                if (key.EndsWith('i') && actor.Keys.Contains(key[..^1] + "a")) return true;
            }
        }
        return false;
    }

    /// <summary>Lowers suggestions whose given names or initials contradict everything known of the actor's.</summary>
    private void ApplyGivenNames(Dictionary<int, NameSuggestion> best, ParsedName parsed)
    {
        if (parsed.GivenNames.Count == 0 && parsed.Initials.Count == 0) return;
        foreach (var (actorIndex, suggestion) in best.ToList())
        {
            if (suggestion.Method == NameMatchMethod.AnalystConfirmed) continue;
            if (suggestion.Method == NameMatchMethod.AliasExact && suggestion.Detail.StartsWith("name '", StringComparison.Ordinal)
                && NameParser.Parse(suggestion.MatchedVariant).Normalised == parsed.Normalised) continue;
            var conflict = GivenNameConflict(_actors[actorIndex], parsed);
            if (conflict is null) continue;
            best[actorIndex] = suggestion with
            {
                Score = Math.Round(suggestion.Score * GivenNameConflictFactor, 4),
                Detail = suggestion.Detail + $"; {conflict}",
            };
        }
    }

    private static string? GivenNameConflict(ActorNameIndex actor, ParsedName parsed)
    {
        foreach (var initial in parsed.Initials)
        {
            if (actor.Initials.Count == 0) break;
            var letter = NameParser.InitialLetter(initial);
            if (!actor.Initials.Contains(letter)) return $"initial {char.ToUpperInvariant(letter)}. is none of the actor's";
        }
        if (actor.GivenNameKeys.Count == 0) return null;
        foreach (var given in parsed.GivenNames)
        {
            var key = SkeletonKey.For(given, NameLanguage.English);
            if (actor.GivenNameKeys.Any(k => JaroWinkler.Similarity(k, key) >= 0.85)) continue;
            return $"given name '{given}' is none of the actor's";
        }
        return null;
    }

    private void ApplyDecisions(Dictionary<int, NameSuggestion> best, string normalisedSurface)
    {
        foreach (var decision in Options.Decisions.ForNormalised(normalisedSurface))
        {
            var actorIndex = _actors.FindIndex(a => a.ActorId == decision.ActorId);
            if (actorIndex < 0) continue;
            if (decision.Verdict == NameMergeVerdict.Rejected)
            {
                best.Remove(actorIndex);
                continue;
            }
            var who = decision.Analyst is null ? "the analyst" : decision.Analyst;
            var why = decision.Note is null ? "" : $": {decision.Note}";
            best[actorIndex] = new NameSuggestion(decision.ActorId, 1.0, NameMatchMethod.AnalystConfirmed, decision.Surface, $"confirmed by {who}{why}");
        }
    }
}
