using Plenum.Core.Scenarios;

namespace Plenum.Core.Evidence.Quotes;

/// <summary>Resolves names through the scenario's actor ids, names and aliases, case-insensitively, forms of address stripped.</summary>
/// <remarks>
/// Besides each full alias, the last word of a multi-word name or alias (a surname) is accepted when it
/// belongs to one actor only; a surname shared by two actors resolves to neither. Spelling variants that are
/// not listed as aliases (transliterations, typos) are not matched here.
/// </remarks>
public sealed class AliasSpeakerResolver : ISpeakerResolver
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the table from every actor of <paramref name="scenario"/>.</summary>
    public AliasSpeakerResolver(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var surnames = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in scenario.Actors)
        {
            foreach (var name in actor.Aliases.Append(actor.Name).Append(actor.Id))
            {
                var key = Honorifics.Strip(name);
                if (key.Length == 0) continue;
                _byName.TryAdd(key, actor.Id);
                var last = key.Split(' ')[^1];
                if (last == key || last.Length < 3) continue;
                surnames[last] = surnames.TryGetValue(last, out var owner) && owner != actor.Id ? null : actor.Id;
            }
        }
        foreach (var (surname, owner) in surnames)
            if (owner is not null) _byName.TryAdd(surname, owner);
    }

    /// <inheritdoc />
    public string? ActorIdFor(string surfaceName)
    {
        if (string.IsNullOrWhiteSpace(surfaceName)) return null;
        return _byName.TryGetValue(Honorifics.Strip(surfaceName), out var id) ? id : null;
    }
}
