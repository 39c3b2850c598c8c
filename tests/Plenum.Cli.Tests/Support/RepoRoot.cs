namespace Plenum.Cli.Tests.Support;

/// <summary>The repository root (the folder holding Plenum.slnx), for tests that run the shipped scenarios.</summary>
internal static class RepoRoot
{
    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Plenum.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Plenum.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
