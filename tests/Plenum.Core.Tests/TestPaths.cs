namespace Plenum.Core.Tests;

/// <summary>Locations of fixtures and of the repository, for tests that read real files.</summary>
internal static class TestPaths
{
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>The repository root (the folder holding Plenum.slnx).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plenum.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Plenum.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
