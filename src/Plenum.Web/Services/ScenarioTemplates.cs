namespace Plenum.Web.Services;

/// <summary>The scenarios a new one can start from: a small starter and the example scenarios shipped in <c>scenarios/</c>.</summary>
public static class ScenarioTemplates
{
    private const string Prefix = "Plenum.Web.Templates.";

    /// <summary>Template names (file names without <c>.yaml</c>), the starter first.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(ScenarioTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .OrderBy(n => n.StartsWith("starter", StringComparison.Ordinal) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
        .ToList();

    /// <summary>The YAML of a template, or null for an unknown name.</summary>
    public static string? Read(string name)
    {
        if (!Names.Contains(name)) return null;
        using var stream = typeof(ScenarioTemplates).Assembly.GetManifestResourceStream(Prefix + name + ".yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
