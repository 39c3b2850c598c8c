using System.Globalization;

namespace Plenum.Core.Models.Arena;

/// <summary>The <c>arena.*</c> options: one switch per mechanism plus its strength.</summary>
internal sealed record ArenaSettings(
    int Runs,
    double Sharpness,
    bool Bandwagon,
    double BandwagonStrength,
    bool Convener,
    double ConvenerBlock,
    bool Appeal,
    bool Influence,
    double InfluenceWeight)
{
    public static IReadOnlyList<OptionDescriptor> Descriptors { get; } =
    [
        new("arena.runs", "4000", "1–1000000", "Monte Carlo runs (each samples every member's vote once)"),
        new("arena.sharpness", "15", "0–100", "How strictly members vote their stake: logit slope on the net utility of passing (−1…1)"),
        new("arena.bandwagon", "true", "true|false", "Members lean toward the side expected to win, the more exposed the more"),
        new("arena.bandwagon-strength", "2", "0–20", "Logit shift of a fully exposed member when the expected winner is certain"),
        new("arena.convener", "true", "true|false", "A convener who opposes a motion may delay it (not convene the body)"),
        new("arena.convener-block", "0.8", "0–1", "Chance an opposed convener with salience 100 delays the motion"),
        new("arena.appeal", "true", "true|false", "The losing side appeals to a body that overrules the deciding body"),
        new("arena.influence", "true", "true|false", "Actors without a vote sway the members close to them, by capability"),
        new("arena.influence-weight", "0.5", "0–1", "Largest share of a member's stance that outside influence can replace"),
    ];

    public static ArenaSettings Read(ModelOptions options) => new(
        options.GetInt("arena.runs", 4000, 1, 1_000_000),
        options.GetDouble("arena.sharpness", 15, 0, 100),
        options.GetBool("arena.bandwagon", true),
        options.GetDouble("arena.bandwagon-strength", 2, 0, 20),
        options.GetBool("arena.convener", true),
        options.GetDouble("arena.convener-block", 0.8, 0, 1),
        options.GetBool("arena.appeal", true),
        options.GetBool("arena.influence", true),
        options.GetDouble("arena.influence-weight", 0.5, 0, 1));

    /// <summary>The options in force, for the result.</summary>
    public Dictionary<string, string> ToDictionary(long seed) => new()
    {
        ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
        ["arena.runs"] = Runs.ToString(CultureInfo.InvariantCulture),
        ["arena.sharpness"] = Sharpness.ToString(CultureInfo.InvariantCulture),
        ["arena.bandwagon"] = Bandwagon ? "true" : "false",
        ["arena.bandwagon-strength"] = BandwagonStrength.ToString(CultureInfo.InvariantCulture),
        ["arena.convener"] = Convener ? "true" : "false",
        ["arena.convener-block"] = ConvenerBlock.ToString(CultureInfo.InvariantCulture),
        ["arena.appeal"] = Appeal ? "true" : "false",
        ["arena.influence"] = Influence ? "true" : "false",
        ["arena.influence-weight"] = InfluenceWeight.ToString(CultureInfo.InvariantCulture),
    };
}
