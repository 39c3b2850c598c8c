using System.Runtime.CompilerServices;

namespace Plenum.Cli.Tests.Support;

/// <summary>Points the CLI's default store at a fresh folder, so tests never write into the user's own store.</summary>
internal static class IsolatedStore
{
    [ModuleInitializer]
    internal static void Initialise()
    {
        var home = Path.Combine(Path.GetTempPath(), $"plenum-cli-tests-{Environment.ProcessId}");
        Directory.CreateDirectory(home);
        Environment.SetEnvironmentVariable("PLENUM_HOME", home);
        Environment.SetEnvironmentVariable("PLENUM_STORE", null);
    }
}
