using System.Text;

namespace Plenum.Reports;

/// <summary>
/// Writes report files whole into a temporary name, then moves them into place, so a reader (or a crash)
/// never sees half a file.
/// </summary>
internal sealed class ReportFiles(string directory)
{
    private readonly List<string> _written = [];
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The full paths written so far, in order.</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>A file stem not used yet in this report, made of safe characters only.</summary>
    public string UniqueStem(string stem)
    {
        var safe = SafeName(stem);
        var candidate = safe;
        for (var k = 2; !_names.Add(candidate); k++) candidate = $"{safe}-{k}";
        return candidate;
    }

    public void Write(string name, byte[] content)
    {
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
        _written.Add(path);
    }

    public void Write(string name, string content) => Write(name, new UTF8Encoding(false).GetBytes(content));

    /// <summary>Keeps letters, digits, '.', '_' and '-'; anything else (separators, spaces, markup) becomes '_'.</summary>
    internal static string SafeName(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }
}
