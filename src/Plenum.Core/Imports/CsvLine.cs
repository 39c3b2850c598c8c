namespace Plenum.Core.Imports;

/// <summary>A field of a delimited line with the column (1-based) it starts at.</summary>
public readonly record struct CsvField(string Text, int Column);

/// <summary>Splits one line of a delimited file (comma, semicolon or tab), honouring double quotes.</summary>
public static class CsvLine
{
    /// <summary>The fields of <paramref name="line"/>; an unterminated quote yields null.</summary>
    public static List<CsvField>? Split(string line, char delimiter)
    {
        var fields = new List<CsvField>();
        var i = 0;
        while (true)
        {
            var start = i;
            string text;
            if (i < line.Length && line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length) return null;
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    sb.Append(line[i++]);
                }
                while (i < line.Length && line[i] != delimiter) i++;
                text = sb.ToString();
            }
            else
            {
                var end = line.IndexOf(delimiter, i);
                if (end < 0) end = line.Length;
                text = line[i..end].Trim();
                i = end;
            }
            fields.Add(new CsvField(text, start + 1));
            if (i >= line.Length) return fields;
            i++; // skip the delimiter
        }
    }

    /// <summary>Guesses the delimiter of a file from its first non-empty line: tab, semicolon or comma.</summary>
    public static char GuessDelimiter(string firstLine) =>
        firstLine.Contains('\t') ? '\t' : firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
}
