namespace Plenum.Reports.Tests;

/// <summary>A new empty folder under the system's temporary folder, deleted with its contents on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = TestPaths.NewFolder();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
