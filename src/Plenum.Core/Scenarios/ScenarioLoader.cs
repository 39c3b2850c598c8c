using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

/// <summary>
/// Reads a scenario file (the format of <c>docs/scenario-format.md</c>) and validates it completely:
/// every problem is reported with its file, line and column; nothing is thrown for bad input.
/// </summary>
public static partial class ScenarioLoader
{
    private static readonly string[] TopKeys = ["id", "title", "as_of", "sources", "issues", "actors", "bodies", "motions", "claims", "outcome", "never_merge"];

    /// <summary>Loads a scenario from a file, refusing files over <see cref="ScenarioLimits.MaxFileBytes"/>.</summary>
    /// <remarks>Also checks that every quoted passage occurs in its source's file, when the file is given and exists.</remarks>
    public static LoadResult LoadFile(string path)
    {
        var display = path;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists) return Fail(display, "file-not-found", "file not found");
            if (info.Length > ScenarioLimits.MaxFileBytes)
                return Fail(display, "too-large", $"file is {info.Length / (1024 * 1024)} MB; the limit is {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MB");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(display, "unreadable", $"cannot read the file: {e.Message}");
        }

        string text;
        try
        {
            text = ReadUtf8(path);
        }
        catch (DecoderFallbackException)
        {
            return Fail(display, "encoding", "the file is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(display, "unreadable", $"cannot read the file: {e.Message}");
        }

        var result = Load(display, text);
        if (result.Scenario is null) return result;
        var quoteProblems = SourceQuoteCheck.Check(result.Scenario, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        return quoteProblems.Count == 0 ? result : new LoadResult(null, quoteProblems);
    }

    /// <summary>Loads a scenario from text; <paramref name="fileName"/> is used in messages.</summary>
    public static LoadResult Load(string fileName, string text)
    {
        if (text.Length > ScenarioLimits.MaxFileBytes)
            return Fail(fileName, "too-large", $"the scenario is over the {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MB limit");
        if (string.IsNullOrWhiteSpace(text))
            return Fail(fileName, "empty", "the file is empty; expected a scenario (id, title, issues, actors…)");

        var stream = new YamlStream();
        var parser = new TrackingParser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var where = new SourceSpan(fileName, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            return new LoadResult(null, [new ScenarioProblem(where, "yaml", YamlMessage(e))]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException)
        {
            // The YAML library can fail without a position on some malformed input; point just after the last good token.
            var where = new SourceSpan(fileName, (int)Math.Max(1, parser.LastGood.Line), (int)Math.Max(1, parser.LastGood.Column));
            return new LoadResult(null, [new ScenarioProblem(where, "yaml", "not valid YAML after this point; check brackets, quotes and indentation")]);
        }

        if (stream.Documents.Count == 0)
            return Fail(fileName, "empty", "the file holds no YAML document; expected a scenario");
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            return new LoadResult(null, [new ScenarioProblem(new SourceSpan(fileName, (int)second.Start.Line, (int)second.Start.Column),
                "many-documents", "the file holds more than one YAML document ('---'); expected exactly one scenario")]);
        }

        var reader = new YamlReader(fileName);
        var scenario = ReadScenario(reader, stream.Documents[0].RootNode);
        if (scenario is not null) ScenarioChecks.Run(reader, scenario);
        return reader.Problems.Count == 0 && scenario is not null
            ? new LoadResult(scenario, [])
            : new LoadResult(null, reader.Problems.OrderBy(p => p.Where.Line).ThenBy(p => p.Where.Column).ToList());
    }

    private static Scenario? ReadScenario(YamlReader r, YamlNode root)
    {
        if (root is YamlScalarNode s && YamlReader.IsNull(s))
        {
            r.Report(new SourceSpan(r.File, 1, 1), "empty", "the file is empty; expected a scenario (id, title, issues, actors…)");
            return null;
        }
        var map = r.Mapping(root, "the scenario");
        if (map is null) return null;
        r.AllowOnly(map, "the scenario", TopKeys);

        var idNode = r.Require(map, "id", "the scenario");
        var id = idNode is null ? null : r.Id(idNode, "the scenario id");
        var titleNode = r.Require(map, "title", "the scenario");
        var title = titleNode is null ? null : r.Text(titleNode, "title");
        var asOf = YamlReader.Get(map, "as_of") is { } asOfNode ? ReadDate(r, asOfNode, "as_of") : null;

        var sources = YamlReader.Get(map, "sources") is { } sn ? ReadSources(r, sn) : [];
        var issuesNode = r.Require(map, "issues", "the scenario");
        var issues = issuesNode is null ? [] : ReadIssues(r, issuesNode);
        var issueById = issues.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var actorsNode = r.Require(map, "actors", "the scenario");
        var actors = actorsNode is null ? [] : ReadActors(r, actorsNode, issueById);
        var bodies = YamlReader.Get(map, "bodies") is { } bn ? ReadBodies(r, bn) : [];
        var motions = YamlReader.Get(map, "motions") is { } mn ? ReadMotions(r, mn) : [];

        var claims = YamlReader.Get(map, "claims") is { } cn ? ReadClaims(r, cn) : [];

        var outcome = YamlReader.Get(map, "outcome") is { } on ? ReadOutcome(r, on, issueById) : null;
        var neverMerge = YamlReader.Get(map, "never_merge") is { } nm ? ReadNeverMerge(r, nm) : [];
        if (id is null || title is null) return null;
        return new Scenario(id, title, asOf, sources, issues, actors, bodies, motions, r.File, outcome, neverMerge) { Claims = claims };
    }

    private static string? ReadDate(YamlReader r, YamlNode node, string what)
    {
        var text = r.Text(node, what);
        if (text is null) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            r.Report(node, "bad-date", $"{what} '{YamlReader.Shorten(text)}' is not a date; expected YYYY-MM-DD");
            return null;
        }
        return text;
    }

    private static List<Source> ReadSources(YamlReader r, YamlNode node)
    {
        var list = new List<Source>();
        var seq = r.Sequence(node, "sources");
        if (seq is null) return list;
        foreach (var item in seq)
        {
            var map = r.Mapping(item, "a source");
            if (map is null) continue;
            r.AllowOnly(map, "a source", "id", "title", "file", "reliability", "author", "publisher", "date", "verification", "relations");
            var id = r.Require(map, "id", "a source") is { } idn ? r.Id(idn, "source id") : null;
            if (id is not null) r.Declare("source", id, item);
            var title = YamlReader.Get(map, "title") is { } tn ? r.Text(tn, "source title") : null;
            var file = YamlReader.Get(map, "file") is { } fn ? r.Text(fn, "source file") : null;
            string? reliability = null;
            if (YamlReader.Get(map, "reliability") is { } rn)
            {
                reliability = r.Text(rn, "reliability");
                if (reliability is not null && reliability is not ("A" or "B" or "C" or "D" or "E" or "F"))
                {
                    r.Report(rn, "bad-value", $"reliability '{YamlReader.Shorten(reliability)}' is not a grade; expected one of A, B, C, D, E, F");
                    reliability = null;
                }
            }
            var author = YamlReader.Get(map, "author") is { } an ? r.Text(an, "author") : null;
            var date = YamlReader.Get(map, "date") is { } dn ? ReadDate(r, dn, "source date") : null;
            var publisher = YamlReader.Get(map, "publisher") is { } pn ? r.Text(pn, "publisher") : null;
            var verification = YamlReader.Get(map, "verification") is { } vn ? r.Text(vn, "verification") : null;
            var relations = YamlReader.Get(map, "relations") is { } reln ? ReadSourceRelations(r, reln, id ?? "?") : [];
            if (id is not null)
                list.Add(new Source(id, title ?? id, file, reliability, author, date, r.At(item))
                {
                    Publisher = publisher, Verification = verification, Relations = relations,
                });
        }
        return list;
    }

    private static List<Issue> ReadIssues(YamlReader r, YamlNode node)
    {
        var list = new List<Issue>();
        var seq = r.Sequence(node, "issues");
        if (seq is null) return list;
        if (seq.Children.Count == 0) r.Report(seq, "empty-list", "issues is empty; a scenario needs at least one issue");
        if (seq.Children.Count > ScenarioLimits.MaxIssues)
        {
            r.Report(seq, "over-limit", $"{seq.Children.Count} issues; the limit is {ScenarioLimits.MaxIssues}");
            return list;
        }
        foreach (var item in seq)
        {
            var map = r.Mapping(item, "an issue");
            if (map is null) continue;
            r.AllowOnly(map, "an issue", "id", "name", "scale", "low", "high", "status_quo");
            var id = r.Require(map, "id", "an issue") is { } idn ? r.Id(idn, "issue id") : null;
            if (id is not null) r.Declare("issue", id, item);
            var what = id is null ? "an issue" : $"issue '{id}'";
            var name = YamlReader.Get(map, "name") is { } nn ? r.Text(nn, $"name of {what}") : null;
            double low = 0, high = 100;
            var scaleOk = true;
            if (YamlReader.Get(map, "scale") is { } scaleNode)
            {
                var bounds = ReadPair(r, scaleNode, $"scale of {what}");
                if (bounds is { } b)
                {
                    if (b.A >= b.B)
                    {
                        r.Report(scaleNode, "bad-scale", $"scale of {what} is [{Fmt(b.A)}, {Fmt(b.B)}]; the low end must be below the high end");
                        scaleOk = false;
                    }
                    else (low, high) = b;
                }
                else scaleOk = false;
            }
            var lowLabel = YamlReader.Get(map, "low") is { } ln ? r.Text(ln, $"low label of {what}") : null;
            var highLabel = YamlReader.Get(map, "high") is { } hn ? r.Text(hn, $"high label of {what}") : null;
            UncertainValue? statusQuo = null;
            if (YamlReader.Get(map, "status_quo") is { } sq)
            {
                statusQuo = ReadNumber(r, sq, $"status quo of {what}", scaleOk ? low : double.NegativeInfinity, scaleOk ? high : double.PositiveInfinity,
                    $"positions on '{id}' run from {Fmt(low)} to {Fmt(high)}");
            }
            if (id is not null)
                list.Add(new Issue(id, name ?? id, low, high, lowLabel, highLabel, statusQuo?.Value, r.At(item)) { StatusQuoUncertainty = statusQuo?.Uncertainty });
        }
        return list;
    }

    private static LoadResult Fail(string file, string code, string message) =>
        new(null, [new ScenarioProblem(new SourceSpan(file, 1, 1), code, message)]);

    private static string ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string YamlMessage(YamlException e)
    {
        var message = e.Message;
        var idx = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && idx > 0) message = message[(idx + 3)..];
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)) return "a key is written twice in the same mapping; each key may appear once";
        return "not valid YAML: " + message.TrimEnd('.').ToLowerInvariant();
    }

    internal static string Fmt(double v) => v.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
}
