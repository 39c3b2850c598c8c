using System.Globalization;
using System.Text;

namespace Plenum.Core.Scenarios;

/// <summary>Writes a scenario as YAML in the format <see cref="ScenarioLoader"/> reads, numbers exactly (round-trip).</summary>
public static class ScenarioYamlWriter
{
    /// <summary>The YAML text of the scenario.</summary>
    public static string ToYaml(Scenario s, string? header = null)
    {
        var sb = new StringBuilder();
        if (header is not null)
            foreach (var line in header.Split('\n')) sb.Append("# ").Append(line.TrimEnd('\r')).Append('\n');
        sb.Append("id: ").Append(s.Id).Append('\n');
        sb.Append("title: ").Append(Quote(s.Title)).Append('\n');
        if (s.AsOf is not null) sb.Append("as_of: ").Append(s.AsOf).Append('\n');
        if (s.Sources.Count > 0)
        {
            sb.Append("sources:\n");
            foreach (var src in s.Sources)
            {
                sb.Append("  - id: ").Append(src.Id).Append('\n');
                sb.Append("    title: ").Append(Quote(src.Title)).Append('\n');
                if (src.File is not null) sb.Append("    file: ").Append(Quote(src.File)).Append('\n');
            }
        }
        sb.Append("issues:\n");
        foreach (var i in s.Issues)
        {
            sb.Append("  - id: ").Append(i.Id).Append('\n');
            if (i.Name != i.Id) sb.Append("    name: ").Append(Quote(i.Name)).Append('\n');
            sb.Append("    scale: [").Append(Num(i.Low)).Append(", ").Append(Num(i.High)).Append("]\n");
            if (i.LowLabel is not null) sb.Append("    low: ").Append(Quote(i.LowLabel)).Append('\n');
            if (i.HighLabel is not null) sb.Append("    high: ").Append(Quote(i.HighLabel)).Append('\n');
            if (i.StatusQuo is { } sq) sb.Append("    status_quo: ").Append(Value(new UncertainValue(sq, i.StatusQuoUncertainty))).Append('\n');
        }
        sb.Append("actors:\n");
        foreach (var a in s.Actors)
        {
            sb.Append("  - id: ").Append(a.Id).Append('\n');
            if (a.Name != a.Id) sb.Append("    name: ").Append(Quote(a.Name)).Append('\n');
            sb.Append("    capability: ").Append(Value(a.Capability)).Append('\n');
            AppendPerIssue(sb, "position", a.Position);
            AppendPerIssue(sb, "salience", a.Salience);
        }
        if (s.Bodies.Count > 0)
        {
            sb.Append("bodies:\n");
            foreach (var b in s.Bodies)
            {
                sb.Append("  - id: ").Append(b.Id).Append('\n');
                sb.Append("    members: [").Append(string.Join(", ", b.Members)).Append("]\n");
                if (b.Candidates.Count > 0) sb.Append("    candidates: [").Append(string.Join(", ", b.Candidates)).Append("]\n");
                sb.Append("    rule: ").Append(Rule(b.Rule)).Append('\n');
                if (b.Convener is not null) sb.Append("    convener: ").Append(b.Convener).Append('\n');
                if (b.Overrules.Count > 0) sb.Append("    overrules: [").Append(string.Join(", ", b.Overrules)).Append("]\n");
            }
        }
        return sb.ToString();
    }

    private static void AppendPerIssue(StringBuilder sb, string key, IReadOnlyDictionary<string, UncertainValue> values)
    {
        if (values.Count == 0) return;
        sb.Append("    ").Append(key).Append(": { ");
        sb.Append(string.Join(", ", values.Select(kv => $"{kv.Key}: {Value(kv.Value)}")));
        sb.Append(" }\n");
    }

    private static string Rule(DecisionRule rule) => rule.Kind switch
    {
        DecisionRuleKind.Majority => "majority",
        DecisionRuleKind.TwoThirds => "two-thirds",
        DecisionRuleKind.Unanimity => "unanimity",
        _ => $"{{ quota: {Num(rule.Quota ?? 0)}, weights: {{ {string.Join(", ", rule.Weights!.Select(kv => $"{kv.Key}: {Num(kv.Value)}"))} }} }}",
    };

    private static string Value(UncertainValue v)
    {
        var dist = v.Uncertainty switch
        {
            null => null,
            UniformDistribution u => $"range: [{Num(u.Low)}, {Num(u.High)}]",
            TriangularDistribution t => $"triangular: [{Num(t.Low)}, {Num(t.Mode)}, {Num(t.High)}]",
            NormalDistribution n => $"normal: [{Num(n.Mean)}, {Num(n.StandardDeviation)}]",
            BetaDistribution b => $"beta: [{Num(b.Alpha)}, {Num(b.Beta)}, {Num(b.Low)}, {Num(b.High)}]",
            _ => null,
        };
        if (dist is null && v.Note is null) return Num(v.Value);
        var parts = new List<string> { $"value: {Num(v.Value)}" };
        if (dist is not null) parts.Add(dist);
        if (v.Note is not null) parts.Add($"note: {Quote(v.Note)}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>Shortest text that reads back as exactly the same double.</summary>
    public static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A double-quoted YAML string with every special character escaped, so no text can change the file's structure.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
