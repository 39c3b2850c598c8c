using System.Text.RegularExpressions;
using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Quotes;

/// <summary>
/// A hand-written answer key (Fixtures/evidence-quotes/*.key.txt): one line per quotation in document order,
/// <c>first words … last words | speaker | addressee | also accepted speakers | also accepted addressees | note</c>.
/// </summary>
internal sealed class AnswerKey
{
    private static readonly char[] Marks = ['"', '\'', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u201A', '\u00AB', '\u00BB', '\u2039', '\u203A'];

    private AnswerKey(string origin, IReadOnlyList<KeyEntry> entries, string? actorsLine, string? scenarioName)
    {
        Origin = origin;
        Entries = entries;
        ActorsLine = actorsLine;
        ScenarioName = scenarioName;
    }

    public string Origin { get; }
    public IReadOnlyList<KeyEntry> Entries { get; }
    private string? ActorsLine { get; }
    private string? ScenarioName { get; }

    public static AnswerKey Load(string path)
    {
        var lines = File.ReadAllLines(path);
        string? actors = null, scenario = null;
        var entries = new List<KeyEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("# actors:", StringComparison.Ordinal)) actors = line["# actors:".Length..].Trim();
            if (line.StartsWith("# scenario:", StringComparison.Ordinal)) scenario = line["# scenario:".Length..].Trim();
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != 6) throw new FormatException($"{path}:{i + 1}: expected 6 cells, found {cells.Length}");
            var words = cells[0].Split('…', StringSplitOptions.TrimEntries);
            entries.Add(new KeyEntry(i + 1, words[0], words.Length > 1 ? words[1] : null, Who(cells[1]), Who(cells[2]),
                Alternatives(cells[3]), Alternatives(cells[4]), cells[5]));
        }
        return new AnswerKey(lines[0], entries, actors, scenario);
    }

    /// <summary>The resolver for the key's roster: a scenario of the repository, or the actors listed in the key.</summary>
    public ISpeakerResolver Resolver()
    {
        if (ScenarioName is not null)
            return new AliasSpeakerResolver(ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", ScenarioName + ".yaml")).Scenario!);
        var builder = new ScenarioBuilder("key-roster");
        foreach (var actor in ActorsLine!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (id, aliases) = (actor.Split('=')[0].Trim(), actor.Split('=')[1].Split(',', StringSplitOptions.TrimEntries));
            builder.Actor(new Actor(id, aliases[0], aliases, 1, new Dictionary<string, UncertainValue>(),
                new Dictionary<string, UncertainValue>(), [], null, new SourceSpan("<key>", 0, 0)));
        }
        return new AliasSpeakerResolver(builder.Build());
    }

    /// <summary>Locates every entry in the text independently of the finder, and compares.</summary>
    public KeyScore Score(string text, IReadOnlyList<QuoteAttribution> attributions)
    {
        var byContent = attributions.ToDictionary(a => (a.Quotation.ContentStart, a.Quotation.ContentEnd));
        var results = new List<EntryResult>();
        var cursor = 0;
        foreach (var e in Entries)
        {
            var (start, end) = Locate(text, e, cursor);
            if (start >= 0) cursor = start + 1;
            var found = start >= 0 && byContent.TryGetValue((start, end), out var a) ? a : null;
            results.Add(new EntryResult(e, start, end, found));
        }
        return new KeyScore(results, attributions);
    }

    private static (int Start, int End) Locate(string text, KeyEntry e, int cursor)
    {
        var first = Pattern(e.First);
        for (var m = first.Match(text, cursor); m.Success; m = m.NextMatch())
        {
            var before = m.Index - 1;
            while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
            var openedByMark = before >= 0 && Marks.Contains(text[before]);
            if (!openedByMark && !e.Note.Contains("opening mark is missing", StringComparison.Ordinal)) continue;
            if (e.Last is null) return (m.Index, m.Index + m.Length);
            var last = Pattern(e.Last).Match(text, m.Index + m.Length);
            return last.Success ? (m.Index, last.Index + last.Length) : (-1, -1);
        }
        return (-1, -1);
    }

    private static Regex Pattern(string words) =>
        new(string.Join(@"\s+", words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));

    private static string? Who(string cell) => cell is "-" or "" ? null : Normalise(cell);

    private static IReadOnlyList<string?> Alternatives(string cell) =>
        cell.Length == 0 ? [] : cell.Split(',', StringSplitOptions.TrimEntries).Select(Who).ToList();

    /// <summary>Keys compare case-insensitively; "~the Right" and "~Right" are the same name-only speaker.</summary>
    public static string? Normalise(string? who) =>
        who?.ToLowerInvariant().Replace("~the ", "~", StringComparison.Ordinal).Trim();
}

/// <summary>One line of an answer key.</summary>
internal sealed record KeyEntry(int Line, string First, string? Last, string? Speaker, string? Addressee,
    IReadOnlyList<string?> AlsoSpeakers, IReadOnlyList<string?> AlsoAddressees, string Note)
{
    public override string ToString() => $"line {Line} \"{First}{(Last is null ? "" : " … " + Last)}\"";
}
