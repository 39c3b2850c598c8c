using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>The input formats Plenum reads, and how a file's format is recognised.</summary>
public enum InputFormat
{
    /// <summary>A Plenum scenario (YAML).</summary>
    Scenario,
    /// <summary>The plain table actor,capability,position,salience (Bueno de Mesquita's data).</summary>
    Table,
    /// <summary>KTAB's SMP CSV (a scenario line, a header Actor,Description,Power,Pstn1,Sal1,…, one row per actor).</summary>
    KtabCsv,
    /// <summary>KTAB's SMP XML scenario (smpSchema.xsd).</summary>
    KtabXml,
    /// <summary>The Decide exchange-model input file (#A, #P, #M… rows, tab- or comma-separated).</summary>
    Decide,
}

/// <summary>Opens any input file as a scenario: Plenum YAML directly, the other formats through their importers.</summary>
public static class ScenarioFiles
{
    /// <summary>Names accepted by <c>--from</c>.</summary>
    public static IReadOnlyDictionary<string, InputFormat> FormatNames { get; } = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["yaml"] = InputFormat.Scenario,
        ["scenario"] = InputFormat.Scenario,
        ["table"] = InputFormat.Table,
        ["ktab"] = InputFormat.KtabCsv,
        ["ktab-csv"] = InputFormat.KtabCsv,
        ["ktab-xml"] = InputFormat.KtabXml,
        ["decide"] = InputFormat.Decide,
    };

    /// <summary>Recognises the format from the extension and the first lines.</summary>
    public static InputFormat Detect(string path, string text)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".yaml" or ".yml") return InputFormat.Scenario;
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (ext == ".xml" || start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<Scenario", StringComparison.Ordinal))
            return InputFormat.KtabXml;
        if (TableImporter.Recognises(text)) return InputFormat.Table;
        var unquoted = start.TrimStart('\'', '"');
        if (unquoted.Length > 1 && unquoted[0] == '#' && char.IsAsciiLetterUpper(unquoted[1]))
            return InputFormat.Decide;
        var lines = text.Split('\n', 4);
        if (lines.Length >= 2 && lines[1].TrimStart().StartsWith("Actor,", StringComparison.OrdinalIgnoreCase))
            return InputFormat.KtabCsv;
        return InputFormat.Scenario;
    }

    /// <summary>Reads a file in the given (or detected) format.</summary>
    public static LoadResult Open(string path, InputFormat? format = null)
    {
        if (format is null or InputFormat.Scenario && Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml")
            return ScenarioLoader.LoadFile(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Fail(path, "file-not-found", "file not found");
            if (info.Length > ScenarioLimits.MaxFileBytes)
                return Fail(path, "too-large", $"file is {info.Length / (1024 * 1024)} MB; the limit is {ScenarioLimits.MaxFileBytes / (1024 * 1024)} MB");
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, "unreadable", $"cannot read the file: {e.Message}");
        }
        return Read(path, text, format);
    }

    /// <summary>
    /// Reads text already in memory (for example sent to another machine) in the given (or detected) format.
    /// Unlike <see cref="Open"/> on a YAML file, quoted passages are not checked against source files.
    /// </summary>
    public static LoadResult Read(string path, string text, InputFormat? format = null)
    {
        var chosen = format ?? Detect(path, text);
        var imported = chosen switch
        {
            InputFormat.Table => TableImporter.Read(path, text),
            InputFormat.KtabCsv => KtabCsvImporter.Read(path, text),
            InputFormat.KtabXml => KtabXmlImporter.Read(path, text),
            InputFormat.Decide => DecideImporter.Read(path, text),
            _ => null,
        };
        if (imported is null) return ScenarioLoader.Load(path, text);
        return new LoadResult(imported.Scenario, imported.Problems);
    }

    private static LoadResult Fail(string file, string code, string message) =>
        new(null, [new ScenarioProblem(new SourceSpan(file, 1, 1), code, message)]);
}
