using System.Text;
using Plenum.Core.Imports;
using Plenum.Core.Scenarios;

namespace Plenum.Web.Services;

/// <summary>The outcome of reading scenario text: the YAML to keep and the parsed scenario, or the problems found.</summary>
/// <param name="Yaml">The text to store: uploaded YAML verbatim, or the YAML an importer's result is written as.</param>
/// <param name="Problems">The same problems, with line and column, that <c>plenum validate</c> prints.</param>
public sealed record ScenarioInput(string? Yaml, Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Scenario is not null && Problems.Count == 0;

    /// <summary>The file types an upload may have; anything else is refused before it is read.</summary>
    public static readonly string[] AllowedExtensions = [".yaml", ".yml", ".csv", ".tsv", ".txt", ".xml", ".dat", ".dec"];

    /// <summary>Validates YAML as the CLI does (the quote check against source files is left out: uploads come without them).</summary>
    public static ScenarioInput FromYaml(string fileName, string yaml)
    {
        var result = ScenarioLoader.Load(fileName, yaml);
        return new ScenarioInput(yaml, result.IsValid ? result.Scenario : null, result.Problems);
    }

    /// <summary>
    /// Reads an uploaded file: refuses it when too large, of a type not listed, or not UTF-8 text; then detects the
    /// format (or uses <paramref name="format"/>: a <c>--from</c> name) and imports it like <c>plenum import</c>.
    /// </summary>
    public static ScenarioInput FromUpload(string fileName, byte[] content, string? format, long maxBytes)
    {
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name)) name = "upload.yaml";
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (!AllowedExtensions.Contains(ext))
            return Fail(name, "file-type", $"'{ext}' files are not accepted; upload a scenario ({string.Join(", ", AllowedExtensions)})");
        if (content.LongLength > maxBytes)
            return Fail(name, "too-large", $"the file has {content.LongLength:N0} bytes; the limit is {maxBytes:N0} bytes");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Fail(name, "encoding", "the file is not UTF-8 text");
        }
        if (text.Contains('\0')) return Fail(name, "encoding", "the file is binary, not text");
        text = text.TrimStart('\uFEFF');

        InputFormat chosen;
        if (string.IsNullOrWhiteSpace(format) || format == "auto") chosen = ScenarioFiles.Detect(name, text);
        else if (!ScenarioFiles.FormatNames.TryGetValue(format, out chosen))
            return Fail(name, "format", $"'{format}' is not a known format; expected one of: {string.Join(", ", ScenarioFiles.FormatNames.Keys)}");

        var imported = chosen switch
        {
            InputFormat.Table => TableImporter.Read(name, text),
            InputFormat.KtabCsv => KtabCsvImporter.Read(name, text),
            InputFormat.KtabXml => KtabXmlImporter.Read(name, text),
            InputFormat.Decide => DecideImporter.Read(name, text),
            _ => null,
        };
        if (imported is null) return FromYaml(name, text);
        if (imported.Scenario is null || imported.Problems.Count > 0) return new ScenarioInput(null, null, imported.Problems);
        var yaml = ScenarioYamlWriter.ToYaml(imported.Scenario, $"Imported in the web app from {name}");
        // Round-trip through the loader so the stored YAML is exactly what later runs will read.
        return FromYaml(name, yaml);
    }

    private static ScenarioInput Fail(string file, string code, string message) =>
        new(null, null, [new ScenarioProblem(new SourceSpan(file, 1, 1), code, message)]);
}
