using System.ComponentModel;
using System.Globalization;
using Plenum.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>Settings shared by the <c>plenum runs …</c> commands: where the store is.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--store <SPEC>")]
    [Description("A SQLite file or a PostgreSQL connection string (default: $PLENUM_STORE, else $PLENUM_HOME/plenum.db).")]
    public string? Store { get; init; }
}

/// <summary><c>plenum runs list</c>: the latest saved runs.</summary>
public sealed class RunsListCommand(Output output) : AsyncCommand<RunsListCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--scenario <ID>")]
        public string? Scenario { get; init; }

        [CommandOption("--model <ID>")]
        public string? Model { get; init; }

        [CommandOption("--limit <N>")]
        public int Limit { get; init; } = 20;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Limit is < 1 or > 10_000) throw new UsageException("--limit must be from 1 to 10,000");
        await using var store = RunStores.Open(settings.Store);
        var runs = await store.ListAsync(new RunQuery { ScenarioId = settings.Scenario, Model = settings.Model, Limit = settings.Limit }, cancellationToken);
        var t = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("id").RightAligned()).AddColumn("created (UTC)").AddColumn("scenario")
            .AddColumn("models").AddColumn(new TableColumn("runs").RightAligned()).AddColumn(new TableColumn("seed").RightAligned()).AddColumn(new TableColumn("ms").RightAligned());
        foreach (var r in runs)
            t.AddRow(r.Id.ToString(CultureInfo.InvariantCulture), r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(r.ScenarioId), Markup.Escape(string.Join(",", r.Models)), r.MonteCarloRuns.ToString(CultureInfo.InvariantCulture),
                r.Seed.ToString(CultureInfo.InvariantCulture), r.DurationMs.ToString("0", CultureInfo.InvariantCulture));
        output.StdoutConsole.Write(t);
        output.Stderr.WriteLine($"{runs.Count} runs in {store.Location}");
        return ExitCodes.Success;
    }
}

/// <summary>Settings of commands that take one run id.</summary>
public class RunIdSettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    public long Id { get; init; }
}

/// <summary><c>plenum runs show ID</c>: a saved run's record and its result (JSON).</summary>
public sealed class RunsShowCommand(Output output) : AsyncCommand<RunIdSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunIdSettings settings, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(settings.Store);
        var run = await store.GetAsync(settings.Id, cancellationToken) ?? throw new UsageException($"no run {settings.Id} in {store.Location}");
        output.Stderr.WriteLine($"run {run.Id}: {run.ScenarioId} ({run.ScenarioHash[..12]}), models {string.Join(",", run.Models)}, seed {run.Seed}, {run.MonteCarloRuns} runs, {run.DurationMs:0} ms, saved {run.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by plenum {run.PlenumVersion}");
        output.Stdout.Write(run.ResultJson.EndsWith('\n') ? run.ResultJson : run.ResultJson + "\n");
        return ExitCodes.Success;
    }
}

/// <summary><c>plenum runs export ID [-o FILE]</c>: the stored result JSON, byte for byte.</summary>
public sealed class RunsExportCommand(Output output) : AsyncCommand<RunsExportCommand.Settings>
{
    public sealed class Settings : RunIdSettings
    {
        [CommandOption("-o|--out <FILE>")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(settings.Store);
        if (await store.GetAsync(settings.Id, cancellationToken) is null) throw new UsageException($"no run {settings.Id} in {store.Location}");
        var json = await store.ExportAsync(settings.Id, cancellationToken);
        if (settings.Out is null) output.Stdout.Write(json);
        else
        {
            File.WriteAllText(settings.Out + ".tmp", json);
            File.Move(settings.Out + ".tmp", settings.Out, overwrite: true);
            output.Stderr.WriteLine($"wrote {settings.Out}");
        }
        return ExitCodes.Success;
    }
}

/// <summary><c>plenum runs delete ID</c>.</summary>
public sealed class RunsDeleteCommand(Output output) : AsyncCommand<RunIdSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunIdSettings settings, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(settings.Store);
        if (!await store.DeleteAsync(settings.Id, cancellationToken)) throw new UsageException($"no run {settings.Id} in {store.Location}");
        output.Stderr.WriteLine($"deleted run {settings.Id}");
        return ExitCodes.Success;
    }
}

/// <summary><c>plenum runs compare A B</c>: the forecasts of two runs side by side.</summary>
public sealed class RunsCompareCommand(Output output) : AsyncCommand<RunsCompareCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<A>")]
        public long Left { get; init; }

        [CommandArgument(1, "<B>")]
        public long Right { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var store = RunStores.Open(settings.Store);
        if (await store.GetAsync(settings.Left, cancellationToken) is null) throw new UsageException($"no run {settings.Left} in {store.Location}");
        if (await store.GetAsync(settings.Right, cancellationToken) is null) throw new UsageException($"no run {settings.Right} in {store.Location}");
        var c = await store.LoadForComparisonAsync(settings.Left, settings.Right, cancellationToken);
        Presenters.RunComparisonPresenter.Render(output.StdoutConsole, c);
        return ExitCodes.Success;
    }
}
