namespace Plenum.Core.Models.Exchange;

internal static class ExchangeProbeCounters
{
    public static long CreateTicks, LoopTicks, TouchTicks, SettleTicks;
    public static long SupplyRecalcs, DemandRecalcs, DemandUnchanged, DemandInvalidated, SupplyInvalidated, SupplyUnchanged, Executions, Candidates, Predicted;
    public static readonly bool SkipDemand = Environment.GetEnvironmentVariable("SKIPDEMAND") == "1";
    public static void Reset()
    {
        CreateTicks = LoopTicks = TouchTicks = SettleTicks = 0;
        SupplyRecalcs = DemandRecalcs = DemandUnchanged = DemandInvalidated = SupplyInvalidated = SupplyUnchanged = Executions = Candidates = 0;
    }
}
