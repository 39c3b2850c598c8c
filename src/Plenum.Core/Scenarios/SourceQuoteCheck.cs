using System.Text;

namespace Plenum.Core.Scenarios;

/// <summary>Checks that each quoted passage occurs in the text of its source (whitespace-normalised).</summary>
internal static class SourceQuoteCheck
{
    public static List<ScenarioProblem> Check(Scenario scenario, string scenarioDirectory)
    {
        var problems = new List<ScenarioProblem>();
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in scenario.Sources.Where(s => s.File is not null))
        {
            var path = Path.GetFullPath(Path.Combine(scenarioDirectory, source.File!));
            if (!File.Exists(path))
            {
                problems.Add(new ScenarioProblem(source.Where, "source-file-missing", $"the file of source '{source.Id}' ({source.File}) does not exist"));
                texts[source.Id] = null;
                continue;
            }
            texts[source.Id] = Normalise(File.ReadAllText(path));
        }
        var links = scenario.Actors.SelectMany(a => a.Evidence.Select(e => (e, what: $"actor '{a.Id}'")))
            .Concat(scenario.Bodies.SelectMany(b => b.Evidence.Select(e => (e, what: $"body '{b.Id}'"))));
        foreach (var (link, what) in links)
        {
            if (link.Quote is null || !texts.TryGetValue(link.SourceId, out var text) || text is null) continue;
            if (!text.Contains(Normalise(link.Quote), StringComparison.Ordinal))
                problems.Add(new ScenarioProblem(link.Where, "quote-not-in-source",
                    $"the quote cited for {what} does not occur in source '{link.SourceId}': \"{YamlReader.Shorten(link.Quote)}\""));
        }
        return problems;
    }

    /// <summary>Collapses runs of whitespace to one space, so line breaks in the source do not matter.</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
