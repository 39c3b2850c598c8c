using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Plenum.Core.Scenarios;

/// <summary>Typed, located reads from a YAML tree; every failure becomes a <see cref="ScenarioProblem"/>.</summary>
internal sealed partial class YamlReader(string file)
{
    private readonly List<ScenarioProblem> _problems = [];

    private readonly Dictionary<string, SourceSpan> _marks = new(StringComparer.Ordinal);

    public string File { get; } = file;

    private readonly Dictionary<string, Dictionary<string, SourceSpan>> _declared = new(StringComparer.Ordinal);

    /// <summary>
    /// Records that an id of the given kind was declared, even if the entry has other problems, so that
    /// references to it do not cascade into more errors; reports a second declaration of the same id.
    /// </summary>
    public void Declare(string kind, string id, YamlNode node)
    {
        if (!_declared.TryGetValue(kind, out var ids)) _declared[kind] = ids = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        if (ids.TryGetValue(id, out var first))
            Report(node, "duplicate-id", $"{kind} id '{id}' is used twice (first at line {first.Line}); ids must be unique");
        else ids[id] = At(node);
    }

    /// <summary>Every id of the kind that was declared.</summary>
    public HashSet<string> DeclaredIds(string kind) =>
        _declared.TryGetValue(kind, out var ids) ? ids.Keys.ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Remembers where an entry was written, so later cross-reference checks can point at it.</summary>
    public void Mark(string key, YamlNode node) => _marks.TryAdd(key, At(node));

    /// <summary>Where the marked entry was written, or <paramref name="fallback"/>.</summary>
    public SourceSpan MarkOf(string key, SourceSpan fallback) => _marks.TryGetValue(key, out var s) ? s : fallback;

    public IReadOnlyList<ScenarioProblem> Problems => _problems;

    public SourceSpan At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Report(YamlNode node, string code, string message) => _problems.Add(new ScenarioProblem(At(node), code, message));

    public void Report(SourceSpan where, string code, string message) => _problems.Add(new ScenarioProblem(where, code, message));

    /// <summary>The node as a mapping, or a wrong-type problem.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode m) return m;
        Report(node, "wrong-type", $"{what} must be a mapping (key: value lines), found {Describe(node)}");
        return null;
    }

    /// <summary>The node as a list, or a wrong-type problem.</summary>
    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode s) return s;
        Report(node, "wrong-type", $"{what} must be a list, found {Describe(node)}");
        return null;
    }

    /// <summary>The node as text, or a wrong-type problem.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode s && s.Value is not null && !IsNull(s)) return s.Value;
        Report(node, "wrong-type", $"{what} must be text, found {Describe(node)}");
        return null;
    }

    /// <summary>The node as a finite number, or a problem.</summary>
    public double? Number(YamlNode node, string what)
    {
        if (node is not YamlScalarNode s || s.Value is null || IsNull(s) || s.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
        {
            Report(node, "wrong-type", $"{what} must be a number, found {Describe(node)}");
            return null;
        }
        var text = s.Value.Trim();
        if (text is ".nan" or ".NaN" or ".NAN" or "nan" or "NaN" || text.EndsWith(".inf", StringComparison.OrdinalIgnoreCase)
            || text.Equals("Infinity", StringComparison.OrdinalIgnoreCase) || text.Equals("-Infinity", StringComparison.OrdinalIgnoreCase))
        {
            Report(node, "not-finite", $"{what} is {text}; expected a finite number");
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Report(node, "wrong-type", $"{what} must be a number, found '{Shorten(text)}'");
            return null;
        }
        if (!double.IsFinite(value))
        {
            Report(node, "not-finite", $"{what} is {text}; expected a finite number");
            return null;
        }
        return value;
    }

    /// <summary>A list of ids (a YAML list of texts), checked for form; duplicates within the list reported.</summary>
    public List<(string Id, YamlNode Node)> IdList(YamlNode node, string what)
    {
        var result = new List<(string, YamlNode)>();
        var seq = Sequence(node, what);
        if (seq is null) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq)
        {
            var id = Id(item, $"an entry of {what}");
            if (id is null) continue;
            if (!seen.Add(id)) Report(item, "duplicate-id", $"'{id}' is listed twice in {what}");
            else result.Add((id, item));
        }
        return result;
    }

    /// <summary>Text that is a valid id.</summary>
    public string? Id(YamlNode node, string what)
    {
        var text = Text(node, what);
        if (text is null) return null;
        if (!IdPattern().IsMatch(text))
        {
            Report(node, "bad-id", $"{what} '{Shorten(text)}' is not a valid id; use letters, digits, '-', '_' and '.', starting with a letter or digit");
            return null;
        }
        return text;
    }

    /// <summary>Reports every key of the mapping that is not allowed.</summary>
    public void AllowOnly(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                Report(key, "unknown-key", $"unknown key '{Shorten(name)}' in {what}; expected one of: {string.Join(", ", allowed)}");
        }
    }

    /// <summary>The value under the key, or null when absent.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>The value under the key, or a missing-key problem at the mapping.</summary>
    public YamlNode? Require(YamlMappingNode map, string key, string what)
    {
        var v = Get(map, key);
        if (v is null) Report(map, "missing-key", $"{what} has no '{key}'; it is required");
        return v;
    }

    public static bool IsNull(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is "" or "~" or "null" or "Null" or "NULL");

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "something else",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex IdPattern();
}
