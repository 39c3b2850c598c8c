namespace Plenum.Core.Imports;

/// <summary>One cell of a delimited line: its text (quotes removed) and the 1-based column where it starts.</summary>
internal readonly record struct DelimitedCell(string Text, int Column);

/// <summary>
/// Splits one line of a tab- or comma-separated file whose cells may be wrapped in single or double quotes
/// (Decide's bundled files use <c>'…'</c>). A doubled quote inside a quoted cell stands for one quote.
/// </summary>
internal static class DelimitedLine
{
    /// <summary>Picks the delimiter from the first line that holds a tab or a comma; tab wins when both occur.</summary>
    public static char DetectDelimiter(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Contains('\t')) return '\t';
            if (line.Contains(',')) return ',';
        }
        return '\t';
    }

    /// <summary>The cells of <paramref name="line"/>, each with its starting column.</summary>
    public static List<DelimitedCell> Split(string line, char delimiter)
    {
        var cells = new List<DelimitedCell>();
        var i = 0;
        while (true)
        {
            var start = i;
            string text;
            if (i < line.Length && (line[i] == '\'' || line[i] == '"'))
            {
                var quote = line[i];
                var sb = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == quote)
                    {
                        if (i + 1 < line.Length && line[i + 1] == quote)
                        {
                            sb.Append(quote);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.Append(line[i]);
                    i++;
                }
                // Anything between the closing quote and the delimiter is kept, as csv readers do.
                while (i < line.Length && line[i] != delimiter) sb.Append(line[i++]);
                text = sb.ToString();
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                if (end < 0) end = line.Length;
                text = line[i..end];
                i = end;
            }
            cells.Add(new DelimitedCell(text.Trim(), start + 1));
            if (i >= line.Length) break;
            i++; // skip the delimiter
        }
        return cells;
    }
}
