using System.ComponentModel;
using Plenum.Cli.Presenters;
using Plenum.Core.Power;
using Plenum.Core.Randomness;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary><c>plenum power FILE [--body ID[,ID…]] [--index NAME|all] [--method auto|exact|monte-carlo]</c>: a-priori voting power.</summary>
public sealed class PowerCommand(Output output) : Command<PowerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A scenario with bodies.")]
        public string File { get; init; } = "";

        [CommandOption("-b|--body <ID>")]
        [Description("The body (default: every body). 'a,b' is the compound game needing a win in a AND in b; 'a|b' in a OR in b.")]
        public string? Body { get; init; }

        [CommandOption("-i|--index <NAME>")]
        [Description("shapley, banzhaf, penrose, deegan-packel, johnston, holler, or all (default).")]
        public string Index { get; init; } = "all";

        [CommandOption("--method <METHOD>")]
        [Description("auto (default: exact when it fits the limits, else Monte Carlo with an error bound), exact, monte-carlo.")]
        public string Method { get; init; } = "auto";

        [CommandOption("--samples <N>")]
        [Description("Monte Carlo samples (default 200000).")]
        public int Samples { get; init; } = 200_000;

        [CommandOption("--mwc-limit <N>")]
        [Description("Most minimal winning coalitions listed (default 50; they are always counted).")]
        public int MwcLimit { get; init; } = 50;

        [CommandOption("--seed <S>")]
        public long Seed { get; init; } = 1;

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default), json or csv.")]
        public string Format { get; init; } = "table";
    }

    private static readonly Dictionary<string, PowerIndex> IndexNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shapley"] = PowerIndex.ShapleyShubik, ["shapley-shubik"] = PowerIndex.ShapleyShubik, ["banzhaf"] = PowerIndex.Banzhaf,
        ["penrose"] = PowerIndex.Penrose, ["deegan-packel"] = PowerIndex.DeeganPackel, ["johnston"] = PowerIndex.Johnston,
        ["holler"] = PowerIndex.Holler, ["public-good"] = PowerIndex.Holler,
    };

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = OutputFormats.Parse(settings.Format);
        var indices = settings.Index.Equals("all", StringComparison.OrdinalIgnoreCase) ? Enum.GetValues<PowerIndex>().ToList()
            : settings.Index.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => IndexNames.TryGetValue(n, out var i) ? i : throw new UsageException($"--index {n} is not known; expected {string.Join(", ", IndexNames.Keys)} or all")).Distinct().ToList();
        var method = settings.Method.ToLowerInvariant() switch
        {
            "auto" => PowerMethodChoice.Auto,
            "exact" => PowerMethodChoice.Exact,
            "monte-carlo" => PowerMethodChoice.MonteCarlo,
            _ => throw new UsageException($"--method {settings.Method} is not known; expected auto, exact or monte-carlo"),
        };
        if (settings.Samples is < 1000 or > 100_000_000) throw new UsageException("--samples must be from 1,000 to 100,000,000");
        if (settings.MwcLimit is < 0 or > 100_000) throw new UsageException("--mwc-limit must be from 0 to 100,000");
        var scenario = InputFormats.OpenOrFail(settings.File, null);
        if (scenario.Bodies.Count == 0) throw new UsageException($"{settings.File} declares no bodies");

        var specs = settings.Body is null ? scenario.Bodies.Select(b => b.Id).ToList() : [settings.Body];
        var options = PowerOptions.Default with { Method = method, Samples = settings.Samples, MinimalWinningLimit = settings.MwcLimit };
        var results = new List<(string Game, PowerResult Result)>();
        foreach (var spec in specs)
        {
            var game = GameFor(scenario, spec);
            try
            {
                results.Add((spec, PowerIndexCalculator.Compute(game, indices, options, RandomStream.ForRun(settings.Seed, 0))));
            }
            catch (PowerComputationException e)
            {
                throw new UsageException($"body {spec}: {e.Message}");
            }
        }
        switch (format)
        {
            case "json": output.Stdout.Write(PowerPresenter.Json(scenario.Id, results)); break;
            case "csv": output.Stdout.Write(PowerPresenter.Csv(results)); break;
            default: PowerPresenter.Render(output.StdoutConsole, results); break;
        }
        return ExitCodes.Success;
    }

    private static VotingGame GameFor(Core.Scenarios.Scenario scenario, string spec)
    {
        var and = spec.Contains(',');
        var parts = spec.Split(and ? ',' : '|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var games = parts.Select(id =>
        {
            if (scenario.FindBody(id) is null)
                throw new UsageException($"--body {id} is not a body of the scenario; expected one of: {string.Join(", ", scenario.Bodies.Select(b => b.Id))}");
            try
            {
                return (VotingGame)BodyGame.From(scenario, id);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"body {id}: {e.Message}");
            }
        }).ToArray();
        return games.Length == 1 ? games[0] : and ? CompoundGame.And(games) : CompoundGame.Or(games);
    }
}
