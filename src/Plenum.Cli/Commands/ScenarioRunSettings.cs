using System.ComponentModel;
using System.Globalization;
using Plenum.Cli.Presenters;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// The options of the commands that run models over a scenario file (<c>forecast</c>, <c>sweep</c>), declared and
/// read once, so the two commands take the same model, runs, seed, option, what-if and output flags and cannot drift
/// apart. Each command adds its own FILE argument and flags, and chooses its default number of runs.
/// </summary>
public class ScenarioRunSettings : StoreSettings
{
    [CommandOption("-m|--model <NAME>")]
    [Description("A model id (see 'plenum models'). forecast also takes a comma-separated list or 'all' (its default); sweep takes one id.")]
    public string? Model { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Monte Carlo runs: sample every uncertain input N times and report means and distributions (forecast: default 1, the point values; sweep: default 10000).")]
    public int? Runs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed of the random streams (default 1).")]
    public long Seed { get; init; } = 1;

    [CommandOption("--set <KEY=VALUE>")]
    [Description("A model option, e.g. --set bdm.profile=scholz (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("--rounds <N>")]
    [Description("Shorthand for the round limit of the round-based models (MODEL.rounds).")]
    public int? Rounds { get; init; }

    [CommandOption("--what-if <PATH=VALUE>")]
    [Description("Override an input for this run, e.g. --what-if kalinin.position.line=20 (repeatable).")]
    public string[] WhatIf { get; init; } = [];

    [CommandOption("--from <FORMAT>")]
    [Description("Input format when it cannot be told from the file: yaml, table, ktab, decide.")]
    public string? From { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads for Monte Carlo runs in this process (default: all cores). Results do not depend on it.")]
    public int? Threads { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <DIR>")]
    [Description("Also write the JSON result and one CSV per issue and per detail table into DIR.")]
    public string? Out { get; init; }

    [CommandOption("--no-save")]
    [Description("Do not save the run in the store.")]
    public bool NoSave { get; init; }

    /// <summary>The runs asked for, else <paramref name="defaultRuns"/>; checked against the scenario limits.</summary>
    public int RunsOr(int defaultRuns)
    {
        var runs = Runs ?? defaultRuns;
        if (runs < 1 || runs > ScenarioLimits.MaxRuns) throw new UsageException($"--runs must be from 1 to {ScenarioLimits.MaxRuns:N0}");
        return runs;
    }

    /// <summary>The output format, the thread count and the rounds shorthand, checked before anything runs.</summary>
    public string CheckCommon()
    {
        if (Threads is < 1 or > 1024) throw new UsageException("--threads must be from 1 to 1024");
        if (Rounds is < 1) throw new UsageException("--rounds must be at least 1");
        return OutputFormats.Parse(Format);
    }

    /// <summary>The one model named by <c>--model</c>.</summary>
    public IForecastModel SingleModel(string command) =>
        Find(Model ?? throw new UsageException($"{command} needs --model (one model id)"), "");

    /// <summary>The models named by <c>--model</c> (<c>all</c>, one id or a comma-separated list), <c>all</c> when not given.</summary>
    public IReadOnlyList<IForecastModel> Models()
    {
        var spec = Model ?? "all";
        if (spec == "all") return ModelCatalog.All.ToList();
        return spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => Find(id, ", all")).ToList();
    }

    /// <summary>
    /// The <c>--set</c> options, the seed, and <c>--rounds</c> as <c>MODEL.rounds</c> for each of the models that
    /// has a round limit (an explicit <c>--set MODEL.rounds</c> wins).
    /// </summary>
    public ModelOptions BuildOptions(IEnumerable<IForecastModel> models)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Rounds is { } rounds)
            foreach (var key in models.Select(m => $"{m.Descriptor.Id}.rounds").Where(ModelOptionParser.IsKnown))
                extra[key] = rounds.ToString(CultureInfo.InvariantCulture);
        return ModelOptionParser.Parse(Set, Seed, extra);
    }

    /// <summary>Reads the scenario (problems exit 2 with file:line:col) and applies the what-ifs in order.</summary>
    public Scenario OpenScenario(string file)
    {
        var scenario = InputFormats.OpenOrFail(file, InputFormats.Parse(From));
        foreach (var text in WhatIf)
        {
            var change = ScenarioOverride.Parse(text, out var error) ?? throw new UsageException(error!);
            scenario = change.ApplyTo(scenario, out error) ?? throw new UsageException(error!);
        }
        return scenario;
    }

    /// <summary>Prints the results on stdout in the format asked for (<paramref name="format"/> as checked).</summary>
    public static void Print(Output output, string format, Scenario scenario, IReadOnlyList<ForecastResult> results)
    {
        switch (format)
        {
            case "json": output.Stdout.Write(ForecastJson.Write(results, indented: true)); break;
            case "csv": output.Stdout.Write(ForecastCsv.Trajectories(results)); break;
            default: ForecastTable.Render(output.StdoutConsole, scenario, results); break;
        }
    }

    private static IForecastModel Find(string id, string alsoAccepted) =>
        ModelCatalog.Find(id) ?? throw new UsageException($"--model {id} is not a model; expected one of: {ModelCatalog.Ids}{alsoAccepted}");
}
