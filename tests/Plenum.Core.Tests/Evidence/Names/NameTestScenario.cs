using Plenum.Core.Evidence.Names;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>The flagship scenario and its source, loaded once for the name tests.</summary>
internal static class NameTestScenario
{
    private static readonly Lazy<Scenario> Loaded = new(() =>
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml"));
        return result.Scenario ?? throw new InvalidOperationException("politburo-1929.yaml did not load");
    });

    private static readonly Lazy<ActorNameResolver> DefaultResolver = new(() => ActorNameResolver.FromScenario(Loaded.Value));

    public static Scenario Politburo1929 => Loaded.Value;

    public static ActorNameResolver Resolver => DefaultResolver.Value;

    public static string Source1929 => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "sources", "behind-the-scenes-1929.txt"));

    /// <summary>The lines of a tab-separated fixture, without comment lines.</summary>
    public static IEnumerable<string[]> Rows(string fixture) =>
        File.ReadAllLines(TestPaths.Fixture("names", fixture))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
