using System.ComponentModel;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>Options shared by commands that run models and report a table, JSON or CSV.</summary>
public class ModelRunSettings : CommandSettings
{
    [CommandOption("--seed <S>")]
    [Description("Seed of the random stream (default 1).")]
    public long Seed { get; init; } = 1;

    [CommandOption("--set <KEY=VALUE>")]
    [Description("A model option (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json or csv.")]
    public string Format { get; init; } = "table";
}
