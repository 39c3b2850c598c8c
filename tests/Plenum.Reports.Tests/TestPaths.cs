namespace Plenum.Reports.Tests;

/// <summary>Locations of the repository, for tests that read real files.</summary>
internal static class TestPaths
{
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

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "plenum-report-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
