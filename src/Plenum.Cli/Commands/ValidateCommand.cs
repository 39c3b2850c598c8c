using System.ComponentModel;
using Plenum.Core.Imports;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>
/// <c>plenum validate FILE…</c>: exit 0 when every file is valid, else 2 with one line per problem. Evidence that
/// cites stored passages (<c>passage: doc-…:N-M</c>) is checked against the store when it can be reached.
/// </summary>
public sealed class ValidateCommand(Output output) : AsyncCommand<ValidateCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Scenario files (YAML), or KTAB CSV / Decide / actor-table files.")]
        public string[] Files { get; init; } = [];

        [CommandOption("--from <FORMAT>")]
        [Description("Input format when it cannot be told from the file: yaml, table, ktab, decide.")]
        public string? From { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = InputFormats.Parse(settings.From);
        var ok = true;
        foreach (var file in settings.Files)
        {
            var result = ScenarioFiles.Open(file, format);
            if (result.IsValid)
            {
                var s = result.Scenario!;
                var (passageProblems, notChecked) = await PassageCitations.CheckAsync(s, settings.Store, cancellationToken);
                if (notChecked is not null) output.Stderr.WriteLine($"{file}: warning: {notChecked}");
                if (passageProblems.Count > 0)
                {
                    ok = false;
                    foreach (var problem in passageProblems) output.Stderr.WriteLine(problem.ToString());
                    continue;
                }
                output.Stdout.WriteLine($"{file}: ok ({s.Actors.Count} actors, {s.Issues.Count} issues, {s.Bodies.Count} bodies, {s.Motions.Count} motions)");
                foreach (var flag in Core.Scenarios.EvidenceDating.LaterThanAsOf(s)) output.Stderr.WriteLine($"{file}: warning: {flag}");
                continue;
            }
            ok = false;
            foreach (var problem in result.Problems) output.Stderr.WriteLine(problem.ToString());
        }
        return ok ? ExitCodes.Success : ExitCodes.BadInput;
    }
}
