namespace Plenum.Core.Models.Bdm;

/// <summary>
/// A named set of readings of the ambiguities in Scholz, Calbert &amp; Smith (2011), one per known replication
/// (table 2.11 of the reference notes, reproduced in <c>docs/models/bdm.md</c>). Single switches set with
/// <c>--set bdm.KEY=VALUE</c> override the profile.
/// </summary>
public enum BdmProfile
{
    /// <summary>
    /// <c>scholz</c>: the reading of the code that reproduces the paper's Table 2 and Figures 7–10
    /// (global-denominator P, perceived perspective, no capitulation, compromise picked by the weighted value).
    /// </summary>
    Scholz,

    /// <summary><c>paper</c>: the printed equations (eq. 31 P, each side's own risk exponent, capitulation, least movement).</summary>
    Paper,

    /// <summary><c>masad</c>: D. Masad's 2014 replication (net-vote P, T = 1, μ = mean, range from the issue scale).</summary>
    Masad,

    /// <summary><c>eum</c>: the decisionmechanics/eum C# replication (printed s_j in eq. 25b, Q = 0.5, weighted-average compromise).</summary>
    Eum,

    /// <summary><c>schelling</c>: the hamzagul07/schelling solver (range per round, conflicts move nobody, median stopping rule).</summary>
    Schelling,
}
