using System.Diagnostics.CodeAnalysis;
using Plenum.Core.Imports;
using Plenum.Core.Scenarios;
using Plenum.Evidence;

namespace Plenum.Fuzz;

/// <summary>One parser under test and the property every answer of it must have.</summary>
/// <param name="Name">The name given to <c>fuzz/run.sh</c>.</param>
/// <param name="FileName">The file name the parser is told (problems must carry it).</param>
/// <param name="Parse">Reads the text into a scenario or a list of problems.</param>
public sealed record ParserTarget(string Name, string FileName, Func<string, string, (Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)> Parse)
    : IFuzzTarget
{
    /// <inheritdoc />
    public void Check(Stream input) => Check(Inputs.Decode(input));

    /// <summary>
    /// Runs the parser and checks its contract: it returns a scenario and no problems, or no scenario and at least
    /// one problem, each at FILE:LINE:COL inside the file with a message. Anything else throws, and so does the
    /// parser itself on a bug: the fuzzer counts both as crashes.
    /// </summary>
    public void Check(string text)
    {
        ScenarioFiles.Detect(FileName, text);
        var (scenario, problems) = Parse(FileName, text);
        if (scenario is null && problems.Count == 0)
            throw new ContractViolation("no scenario and no problem");
        if (scenario is not null && problems.Count > 0)
            throw new ContractViolation("a scenario together with problems");
        var lines = LineCount(text);
        foreach (var p in problems)
        {
            if (p.Where.File != FileName) throw new ContractViolation($"problem names file '{p.Where.File}': {p}");
            if (p.Where.Line < 1 || p.Where.Line > lines + 1) throw new ContractViolation($"problem line outside 1..{lines + 1}: {p}");
            if (p.Where.Column < 1) throw new ContractViolation($"problem column below 1: {p}");
            if (string.IsNullOrWhiteSpace(p.Message) || string.IsNullOrWhiteSpace(p.Code)) throw new ContractViolation($"problem without code or message: {p}");
        }
    }

    /// <summary>
    /// Lines under the most generous reading of line breaks (CR LF, LF, lone CR, NEL, LS, PS: YAML counts them all),
    /// so a problem is inside the file if some editor would show it there.
    /// </summary>
    private static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r':
                    lines++;
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    lines++;
                    break;
            }
        }
        return lines;
    }
}

/// <summary>A parser answered outside its contract; the fuzzer records it as a crash.</summary>
public sealed class ContractViolation(string message) : Exception(message);

/// <summary>Every parser Plenum has for user files: the scenario formats and the evidence importers.</summary>
public static class ParserTargets
{
    private static readonly IFuzzTarget[] All =
    [
        new ParserTarget("yaml", "fuzz.yaml", (f, t) => Pair(ScenarioLoader.Load(f, t))),
        new ParserTarget("table", "fuzz.csv", (f, t) => Pair(TableImporter.Read(f, t))),
        new ParserTarget("ktab-csv", "fuzz.csv", (f, t) => Pair(KtabCsvImporter.Read(f, t))),
        new ParserTarget("ktab-xml", "fuzz.xml", (f, t) => KtabXml(f, t)),
        new ParserTarget("decide", "fuzz.txt", (f, t) => Pair(DecideImporter.Read(f, t))),
        new EvidenceTarget("text", "fuzz.txt", DocumentFormat.Text),
        new EvidenceTarget("markdown", "fuzz.md", DocumentFormat.Markdown),
        new EvidenceTarget("html", "fuzz.html", DocumentFormat.Html),
        new EvidenceTarget("pdf", "fuzz.pdf", DocumentFormat.Pdf),
        new EvidenceTarget("annotate", "fuzz.txt", DocumentFormat.Text, Annotate: true),
    ];

    /// <summary>The parser names, in the order <c>fuzz/run.sh all</c> runs them.</summary>
    public static IEnumerable<string> Names => All.Select(t => t.Name);

    /// <summary>Finds a parser by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IFuzzTarget? target)
    {
        target = All.FirstOrDefault(t => t.Name == name);
        return target is not null;
    }

    private static (Scenario?, IReadOnlyList<ScenarioProblem>) Pair(LoadResult r) => (r.Scenario, r.Problems);

    private static (Scenario?, IReadOnlyList<ScenarioProblem>) Pair(ImportResult r) => (r.Scenario, r.Problems);

    // The XML importer also hands the model parameters to the SMP model; that reader sees the same bytes.
    private static (Scenario?, IReadOnlyList<ScenarioProblem>) KtabXml(string file, string text)
    {
        var result = KtabXmlImporter.Read(file, text);
        KtabXmlImporter.ReadOptions(text);
        return (result.Scenario, result.Problems);
    }
}
