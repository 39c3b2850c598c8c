using Plenum.Core.Evidence.Names;
using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Evidence;

/// <summary>
/// Speaker resolution for quote attribution through the scenario's roster: the aliases first, then the name
/// resolver's transliterations and skeleton keys (Bucharin, Sinowjew, Бухарин). A fuzzy (Jaro–Winkler) match is
/// only a suggestion for the analyst and is never taken here, nor is a name two actors match equally.
/// </summary>
public sealed class RosterSpeakerResolver : ISpeakerResolver
{
    private readonly AliasSpeakerResolver _aliases;
    private readonly ActorNameResolver _names;
    private readonly NameLanguage _language;


    /// <summary>Builds both resolvers from the scenario (its never-merge pairs included).</summary>
    public RosterSpeakerResolver(Scenario scenario, string? language = null)
    {
        _aliases = new AliasSpeakerResolver(scenario);
        _names = ActorNameResolver.FromScenario(scenario);
        _language = NameLanguages.Parse(language);
    }

    /// <summary>The name resolver behind it, for mention finding over the same roster.</summary>
    public ActorNameResolver Names => _names;

    /// <inheritdoc />
    public string? ActorIdFor(string surfaceName)
    {
        if (_aliases.ActorIdFor(surfaceName) is { } id) return id;
        // The attributor also asks about phrases such as "When Zinoviev"; only a single name (after a form of
        // address) goes to the spelling resolver, so a capitalised word before a name is never read as part of it.
        var name = Quotes.Honorifics.Strip(surfaceName);
        if (name.Length == 0 || name.Contains(' ')) return null;
        var suggestions = _names.Resolve(name, _language);
        if (suggestions.Count == 0 || suggestions[0].Method == NameMatchMethod.JaroWinkler) return null;
        var best = suggestions[0];
        var tied = suggestions.Skip(1).Any(s => s.ActorId != best.ActorId && s.Score >= best.Score);
        return tied ? null : best.ActorId;
    }
}
