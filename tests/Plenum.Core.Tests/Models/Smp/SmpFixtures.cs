using Plenum.Core.Imports;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Smp;

internal static class SmpFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "smp", name));

    public static Scenario Csv(string name)
    {
        var result = KtabCsvImporter.Read(name, Read(name));
        Assert.Empty(result.Problems);
        return result.Scenario!;
    }
}
