using Plenum.Core.Imports;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Exchange;

/// <summary>Loads the Decide fixtures in <c>Fixtures/exchange/</c>.</summary>
internal static class ExchangeFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "exchange", name);

    public static Scenario SampleData()
    {
        var result = DecideImporter.Read("sample_data.txt", File.ReadAllText(PathOf("sample_data.txt")));
        Assert.Empty(result.Problems);
        return result.Scenario!;
    }
}
