using Plenum.Core.Scenarios;
using Plenum.Reports;

namespace Plenum.Cli.Commands;

/// <summary>Voting power of each body's members, for the report.</summary>
internal static class PowerRows
{
    public static IReadOnlyList<BodyPowerRow> For(Scenario scenario) => [];
}
