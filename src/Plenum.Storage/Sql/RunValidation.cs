namespace Plenum.Storage.Sql;

/// <summary>Checks a run before it is written; a bad record is a programming error of the caller, not a user error.</summary>
internal static class RunValidation
{
    public static void Check(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Require(!string.IsNullOrWhiteSpace(run.ScenarioId), "ScenarioId is empty");
        Require(run.ScenarioHash is { Length: 64 } && run.ScenarioHash.All(char.IsAsciiHexDigitLower),
            "ScenarioHash must be 64 lower-case hex digits (use ScenarioHash.Of)");
        Require(run.Models is { Count: > 0 }, "Models is empty; a run has at least one model");
        foreach (var model in run.Models)
            Require(!string.IsNullOrWhiteSpace(model) && !model.Contains(','), $"model id '{model}' is empty or holds a comma");
        Require(run.Models.Distinct(StringComparer.Ordinal).Count() == run.Models.Count, "Models lists a model twice");
        Require(run.MonteCarloRuns >= 1, "MonteCarloRuns must be at least 1");
        Require(double.IsFinite(run.DurationMs) && run.DurationMs >= 0, "DurationMs must be a finite number of milliseconds, 0 or more");
        Require(run.Timings.Values.All(double.IsFinite), "Timings must be finite numbers");
        Require(!string.IsNullOrWhiteSpace(run.PlenumVersion), "PlenumVersion is empty");
        Require(!string.IsNullOrWhiteSpace(run.ResultJson), "ResultJson is empty");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition) throw new ArgumentException($"cannot save the run: {problem}", "run");
    }
}
