using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>
/// Reads KTAB's SMP scenario XML (<c>SMPModel::xmlRead</c>, schema <c>smpSchema.xsd</c>): name, description,
/// PRNG seed, optional model parameters, dimension names, actors with capability, coordinates and saliences on
/// 0–100, and the <c>IdealAdjustment</c> (accommodation) matrix.
/// </summary>
/// <remarks>
/// The scenario carries what Plenum scenarios can hold; the model parameters and the accommodation matrix are
/// returned as <c>smp.*</c> options by <see cref="ReadOptions"/>. Both spellings KTAB's schema and code disagree on
/// are accepted ("Prop"/"Proportional", "None"/"No"), and <c>IdealAdjustment</c> may be absent (the schema
/// allows it, KTAB's reader does not).
/// </remarks>
public static class KtabXmlImporter
{
    /// <summary>Reads the scenario in <paramref name="text"/>; <paramref name="fileName"/> only labels problem locations.</summary>
    public static ImportResult Read(string fileName, string text)
    {
        var problems = new List<ScenarioProblem>();
        var root = Parse(fileName, text, problems);
        if (root is null) return new ImportResult(null, problems);
        void Problem(IXmlLineInfo at, string code, string message) =>
            problems.Add(new ScenarioProblem(new SourceSpan(fileName, Math.Max(1, at.LineNumber), Math.Max(1, at.LinePosition)), code, message));

        var name = root.Element("name")?.Value.Trim() ?? "";
        var dimensionNames = root.Element("Dimensions")?.Elements("dName").ToList() ?? [];
        if (dimensionNames.Count == 0) Problem(root, "ktab-xml", "<Dimensions> must list at least one <dName>");
        var issues = new List<Issue>();
        for (var k = 0; k < dimensionNames.Count; k++)
        {
            var dn = dimensionNames[k].Value.Trim();
            var id = KtabIds.FromName(dn);
            if (id.Length == 0) id = $"dim{k}";
            if (issues.Any(i => i.Id == id)) id = $"{id}-{k}";
            var at = (IXmlLineInfo)dimensionNames[k];
            issues.Add(new Issue(id, dn.Length == 0 ? id : dn, 0, 100, null, null, null, new SourceSpan(fileName, at.LineNumber, at.LinePosition)));
        }

        var actorElements = root.Element("Actors")?.Elements("Actor").ToList() ?? [];
        if (actorElements.Count is < 3 or > 250) Problem(root, "ktab-range", $"the scenario has {actorElements.Count} actors; KTAB allows 3 to 250");
        var actors = new List<Actor>();
        foreach (var a in actorElements)
        {
            var actorName = a.Element("name")?.Value.Trim() ?? "";
            var id = KtabIds.FromName(actorName);
            if (id.Length == 0 || actorName.Length > 25)
            {
                Problem(a, "ktab-name", $"actor name '{actorName}' must have 1 to 25 characters including a letter or digit");
                continue;
            }
            if (actors.Any(x => x.Id == id))
            {
                Problem(a, "ktab-duplicate", $"actor '{actorName}' gives the id '{id}', which an earlier actor already has");
                continue;
            }
            var capability = Number(a.Element("capability"), a, $"capability of '{actorName}'", 0, 1e8, Problem);
            if (capability == 0)
            {
                Problem(a.Element("capability")!, "ktab-range", $"capability of '{actorName}' must be positive");
                capability = null;
            }
            var coords = a.Element("Position")?.Elements("dCoord").ToList() ?? [];
            var sals = a.Element("Salience")?.Elements("dSal").ToList() ?? [];
            if (coords.Count != issues.Count || sals.Count != issues.Count)
            {
                Problem(a, "ktab-columns", $"actor '{actorName}' has {coords.Count} coordinates and {sals.Count} saliences; expected {issues.Count} of each");
                continue;
            }
            var positions = new Dictionary<string, UncertainValue>();
            var saliences = new Dictionary<string, UncertainValue>();
            var ok = capability is not null;
            double total = 0;
            for (var k = 0; k < issues.Count; k++)
            {
                var p = Number(coords[k], a, $"coordinate {k + 1} of '{actorName}'", 0, 100, Problem);
                var s = Number(sals[k], a, $"salience {k + 1} of '{actorName}'", 0, 100, Problem);
                if (p is null || s is null) { ok = false; continue; }
                positions[issues[k].Id] = p.Value;
                saliences[issues[k].Id] = s.Value;
                total += s.Value;
            }
            if (ok && total > 100)
            {
                Problem(sals[0], "ktab-range", $"saliences of '{actorName}' sum to {total.ToString(CultureInfo.InvariantCulture)}; KTAB requires at most 100");
                ok = false;
            }
            var at = (IXmlLineInfo)a;
            var description = a.Element("description")?.Value.Trim();
            if (ok)
                actors.Add(new Actor(id, actorName, [], capability!.Value, positions, saliences, [], string.IsNullOrEmpty(description) ? null : description,
                    new SourceSpan(fileName, at.LineNumber, at.LinePosition)));
        }
        ReadModelParameters(root, Problem);
        ReadAccommodation(root, actorElements.Select(e => e.Element("name")?.Value.Trim() ?? "").ToList(), Problem);
        if (problems.Count > 0) return new ImportResult(null, problems);
        var scenarioId = KtabIds.FromName(name);
        return new ImportResult(new Scenario(scenarioId.Length == 0 ? "ktab" : scenarioId, name.Length == 0 ? "KTAB scenario" : name,
            null, [], issues, actors, [], [], fileName), problems);
    }

    /// <summary>
    /// The <c>smp.*</c> options the file sets: its nine model parameters (when present) and its
    /// <c>IdealAdjustment</c> matrix as <c>smp.idealAdjustment</c>. Empty when the file cannot be read.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadOptions(string text)
    {
        var problems = new List<ScenarioProblem>();
        var root = Parse("", text, problems);
        if (root is null) return new Dictionary<string, string>();
        var options = ReadModelParameters(root, (_, _, _) => { });
        var names = root.Element("Actors")?.Elements("Actor").Select(e => e.Element("name")?.Value.Trim() ?? "").ToList() ?? [];
        var cells = ReadAccommodation(root, names, (_, _, _) => { });
        if (cells.Count > 0) options["smp.idealAdjustment"] = string.Join(";", cells);
        return options;
    }

    private static readonly (string Element, string Key, (string[] Names, string Value)[] Values)[] Parameters =
    [
        ("VictoryProbModel", "smp.victoryModel", [(["Linear"], "linear"), (["Square"], "square"), (["Quartic"], "quartic"), (["Octic"], "octic"), (["Binary"], "binary")]),
        ("PCEModel", "smp.pceModel", [(["Conditional"], "conditional"), (["MarkovIncentive"], "markov-incentive"), (["MarkovUniform"], "markov-uniform")]),
        ("StateTransitions", "smp.transitions", [(["Deterministic"], "deterministic"), (["Stochastic"], "stochastic")]),
        ("VotingRule", "smp.votingRule", [(["Binary"], "binary"), (["PropBin"], "propbin"), (["Prop", "Proportional"], "prop"), (["PropCbc"], "propcbc"), (["Cubic"], "cubic"), (["ASymProsp"], "asymprosp")]),
        ("BigRAdjust", "smp.riskAdjust", [(["None", "No"], "none"), (["OneThird"], "one-third"), (["Half"], "half"), (["TwoThirds"], "two-thirds"), (["Full"], "full")]),
        ("BigRRange", "smp.riskRange", [(["Min"], "min"), (["Mid"], "mid"), (["Max"], "max")]),
        ("ThirdPartyCommit", "smp.thirdPartyCommit", [(["NoCommit"], "none"), (["SemiCommit"], "semi"), (["FullCommit"], "full")]),
        ("InterVecBrgn", "smp.interpolation", [(["S1P1"], "s1p1"), (["S2P2"], "s2p2"), (["S2PMax"], "s2pmax")]),
        ("BargnModel", "smp.bargainModel", [(["InitOnlyInterp"], "init-only"), (["InitRcvrInterp"], "init-receiver"), (["PWCompInterp"], "power-weighted")]),
    ];

    private static Dictionary<string, string> ReadModelParameters(XElement root, Action<IXmlLineInfo, string, string> problem)
    {
        var options = new Dictionary<string, string>();
        var block = root.Element("ModelParameters");
        if (block is null) return options;
        foreach (var (element, key, values) in Parameters)
        {
            var e = block.Element(element);
            if (e is null)
            {
                problem(block, "ktab-xml", $"<ModelParameters> lacks <{element}>; KTAB requires all nine parameters");
                continue;
            }
            var v = e.Value.Trim();
            var match = values.FirstOrDefault(x => x.Names.Contains(v, StringComparer.Ordinal));
            if (match.Value is null)
                problem(e, "ktab-xml", $"<{element}> is '{v}'; expected one of {string.Join(", ", values.SelectMany(x => x.Names))}");
            else options[key] = match.Value;
        }
        return options;
    }

    private static List<string> ReadAccommodation(XElement root, List<string> actorNames, Action<IXmlLineInfo, string, string> problem)
    {
        var cells = new List<string>();
        var block = root.Element("IdealAdjustment");
        if (block is null) return cells;
        foreach (var pair in block.Elements("iaPair"))
        {
            var from = pair.Element("adjustingIdeal")?.Value.Trim() ?? "";
            var to = pair.Element("referencePos")?.Value.Trim() ?? "";
            if (!actorNames.Contains(from) || !actorNames.Contains(to))
            {
                problem(pair, "ktab-xml", $"<iaPair> names '{from}' and '{to}'; both must be actors of the scenario");
                continue;
            }
            var rate = Number(pair.Element("adjust"), pair, $"adjustment of '{from}' toward '{to}'", 0, 1, problem);
            if (rate is null) continue;
            cells.Add($"{KtabIds.FromName(from)}>{KtabIds.FromName(to)}={rate.Value.ToString("R", CultureInfo.InvariantCulture)}");
        }
        return cells;
    }

    private static XElement? Parse(string fileName, string text, List<ScenarioProblem> problems)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0)
        {
            var line = 1 + text.AsSpan(0, doctype).Count('\n');
            var column = doctype - (text.LastIndexOf('\n', doctype) + 1) + 1;
            problems.Add(new ScenarioProblem(new SourceSpan(fileName, line, column), "ktab-xml",
                "the file declares a DTD (<!DOCTYPE …>); KTAB scenario files have none, and Plenum does not read DTDs"));
            return null;
        }
        try
        {
            // KTAB files have no DTD; refusing one rules out entity expansion ("billion laughs") and external entities.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (doc.Root is { Name.LocalName: "Scenario" } root) return root;
            problems.Add(new ScenarioProblem(new SourceSpan(fileName, 1, 1), "ktab-xml", "the root element must be <Scenario>"));
        }
        catch (XmlException e)
        {
            problems.Add(new ScenarioProblem(new SourceSpan(fileName, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)), "ktab-xml", $"not well-formed XML: {e.Message}"));
        }
        return null;
    }

    private static double? Number(XElement? e, XElement parent, string what, double min, double max, Action<IXmlLineInfo, string, string> problem)
    {
        if (e is null)
        {
            problem(parent, "ktab-xml", $"{what} is missing");
            return null;
        }
        var t = e.Value.Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            problem(e, "ktab-number", t.Length == 0 ? $"{what} is empty" : $"{what} '{t}' is not a number");
            return null;
        }
        if (v < min || v > max)
        {
            problem(e, "ktab-range", $"{what} is {t}; it runs from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return v;
    }
}
