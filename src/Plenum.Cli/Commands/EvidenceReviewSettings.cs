using System.ComponentModel;
using Spectre.Console.Cli;

namespace Plenum.Cli.Commands;

/// <summary>What every <c>plenum evidence review</c> decision records besides the decision: who made it and why.</summary>
public class EvidenceReviewSettings : StoreSettings
{
    [CommandOption("--analyst <NAME>")]
    [Description("Who decides (default: the login name).")]
    public string? Analyst { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Why, kept with the decision.")]
    public string? Note { get; init; }

    /// <summary>The analyst's name: <c>--analyst</c>, else the login name.</summary>
    public string AnalystName => string.IsNullOrWhiteSpace(Analyst) ? Environment.UserName : Analyst.Trim();
}
