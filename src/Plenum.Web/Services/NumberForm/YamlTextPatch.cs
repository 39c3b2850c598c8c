using YamlDotNet.RepresentationModel;

namespace Plenum.Web.Services.NumberForm;

/// <summary>
/// Edits YAML text in place: every change replaces or inserts a stretch of the original text, so everything the
/// form does not touch — comments, key order, quoting, blank lines — stays exactly as it was. Changes are
/// collected, then applied together; <see cref="Apply"/> says where each one landed, so the loader's problems
/// (line, column) can be shown at the form field that caused them.
/// </summary>
public sealed class YamlTextPatch(string text)
{
    private readonly List<(int Start, int End, string Text, string Field)> _edits = [];

    /// <summary>The original text.</summary>
    public string Text { get; } = text;

    /// <summary>Where an applied change lies in the new text: lines and columns are 1-based, the end inclusive.</summary>
    public readonly record struct Landed(string Field, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public bool Contains(int line, int column) =>
            (line > StartLine || (line == StartLine && column >= StartColumn)) && (line < EndLine || (line == EndLine && column <= EndColumn));
    }

    /// <summary>Replaces a node's value (a scalar, a flow collection, or a block mapping's whole content) with flow text.</summary>
    public void ReplaceValue(YamlNode node, string flowText, string field)
    {
        var start = (int)node.Start.Index;
        _edits.Add((start, EndOf(node), flowText, field));
    }

    /// <summary>
    /// Sets <paramref name="key"/> of a mapping to flow text: replaces the value when the key is there, else adds
    /// the entry (inside the braces of a flow mapping, or as a new line after the mapping's last line).
    /// </summary>
    public void SetEntry(YamlMappingNode map, string key, string flowText, string field)
    {
        if (Get(map, key) is { } existing)
        {
            ReplaceValue(existing, flowText, field);
            return;
        }
        if (map.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            var close = EndOf(map) - 1;   // the '}'
            var at = close;
            while (at > 0 && Text[at - 1] is ' ' or '\t') at--;
            var empty = map.Children.Count == 0;
            _edits.Add((at, at, (empty ? " " : ", ") + $"{key}: {flowText}" + (empty ? " " : ""), field));
            return;
        }
        var indent = new string(' ', (int)map.Children.First().Key.Start.Column - 1);
        AddLinesAfter(map, $"{indent}{key}: {flowText}\n", field);
    }

    /// <summary>Replaces whole lines, from the line of <paramref name="firstKey"/> to the last line of <paramref name="lastValue"/>.</summary>
    public void ReplaceLines(YamlNode firstKey, YamlNode lastValue, string lines, string field)
    {
        var start = LineStart((int)firstKey.Start.Index);
        _edits.Add((start, AfterLine(EndOf(lastValue)), lines, field));
    }

    /// <summary>Inserts whole lines after the last line of a block mapping's content.</summary>
    public void AddLinesAfter(YamlMappingNode map, string lines, string field)
    {
        var at = AfterLine(EndOf(map));
        if (at == Text.Length && Text.Length > 0 && Text[^1] != '\n') lines = "\n" + lines;
        _edits.Add((at, at, lines, field));
    }

    /// <summary>The new text, and where each change landed in it.</summary>
    public (string Text, IReadOnlyList<Landed> Landed) Apply()
    {
        var ordered = _edits.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].Start < ordered[i - 1].End)
                throw new InvalidOperationException($"two form changes overlap ({ordered[i - 1].Field}, {ordered[i].Field})");
        var sb = new System.Text.StringBuilder(Text.Length + 256);
        var spans = new List<(int Start, int End, string Field)>();
        var from = 0;
        foreach (var e in ordered)
        {
            sb.Append(Text, from, e.Start - from);
            var start = sb.Length;
            sb.Append(e.Text);
            spans.Add((start, sb.Length, e.Field));
            from = e.End;
        }
        sb.Append(Text, from, Text.Length - from);
        var result = sb.ToString();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < result.Length; i++) if (result[i] == '\n') lineStarts.Add(i + 1);
        (int Line, int Column) At(int index)
        {
            var line = lineStarts.BinarySearch(index);
            if (line < 0) line = ~line - 1;
            return (line + 1, index - lineStarts[line] + 1);
        }
        var landed = spans.Select(s =>
        {
            var (l1, c1) = At(s.Start);
            var (l2, c2) = At(Math.Max(s.Start, s.End - 1));
            return new Landed(s.Field, l1, c1, l2, c2);
        }).ToList();
        return (result, landed);
    }

    /// <summary>The value of a mapping's key, or null.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

    /// <summary>The key node of a mapping's entry, or null.</summary>
    public static YamlNode? KeyOf(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Key;

    /// <summary>
    /// Where a node's text ends. The parser marks only where scalars end, so a collection's end is found from its
    /// last child: a block collection ends with it, a flow collection at the bracket that follows it.
    /// </summary>
    private int EndOf(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode m:
                var afterEntries = m.Children.Count == 0 ? (int)m.Start.Index + 1 : EndOf(m.Children.Last().Value);
                return m.Style == YamlDotNet.Core.Events.MappingStyle.Flow ? AfterBracket(afterEntries, '}') : afterEntries;
            case YamlSequenceNode q:
                var afterItems = q.Children.Count == 0 ? (int)q.Start.Index + 1 : EndOf(q.Children.Last());
                return q.Style == YamlDotNet.Core.Events.SequenceStyle.Flow ? AfterBracket(afterItems, ']') : afterItems;
            default:
                // A block scalar's mark runs past its line breaks; the text ends before them.
                var end = Math.Min((int)node.End.Index, Text.Length);
                while (end > (int)node.Start.Index && Text[end - 1] is '\n' or '\r') end--;
                return end;
        }
    }

    /// <summary>The index after the closing bracket that follows a flow collection's last entry (only blanks, commas and comments lie between).</summary>
    private int AfterBracket(int from, char bracket)
    {
        for (var i = from; i < Text.Length; i++)
        {
            if (Text[i] == bracket) return i + 1;
            if (Text[i] == '#' && (i == 0 || char.IsWhiteSpace(Text[i - 1])))
                while (i < Text.Length && Text[i] != '\n') i++;
        }
        return Text.Length;
    }

    private int LineStart(int index)
    {
        while (index > 0 && Text[index - 1] != '\n') index--;
        return index;
    }

    /// <summary>The start of the line after the one <paramref name="index"/> is on (the text's end on the last line).</summary>
    private int AfterLine(int index)
    {
        var newline = Text.IndexOf('\n', index);
        return newline < 0 ? Text.Length : newline + 1;
    }
}
