namespace Plenum.Core.Tests.Models.Exchange;

/// <summary>
/// Reference vectors of the Decide exchange model on <c>Fixtures/exchange/sample_data.txt</c>
/// (reference notes <c>exchange-model.md</c> §1.5–§1.6; Decide, deterministic tie order, Decimal arithmetic).
/// </summary>
internal static class ExchangeReference
{
    public static readonly string[] Issues =
        ["tolheffing-binnenstad", "tol-hoogte", "wanneer-tol", "woonwerkverkeer", "extra-investering", "kleine-of-grote-ring"];

    /// <summary>§1.6(c): initial weighted mean (compromise model).</summary>
    public static readonly double[] Start = [49.3532338308, 2.2709923664, 50.5789473684, 52.4855491329, 49.4883040936, 56.6008316008];

    /// <summary>§1.6(c): Voting MDS per round, de-normalised, and the number of exchanges. R1 and R10 to 10 decimals, the rest to 4.</summary>
    public static readonly (int Exchanges, double[] Means)[] Rounds =
    [
        (39, [67.1778560525, 3.6590330789, 50.6827969639, 16.2347032723, 75.1461988304, 46.7727335248]),
        (37, [69.7596, 4.0334, 50.4488, 10.7618, 80.9139, 40.5103]),
        (36, [60.2404, 4.2875, 66.7549, 5.7015, 87.7611, 46.0230]),
        (42, [69.5051, 4.1793, 48.3013, 8.5767, 71.2906, 38.0835]),
        (35, [74.6524, 4.1096, 50.2045, 9.8377, 82.6248, 38.6790]),
        (39, [73.5288, 4.4523, 47.6279, 7.2050, 78.6624, 41.7838]),
        (36, [73.2079, 4.1323, 46.4910, 8.9641, 82.6248, 43.6230]),
        (36, [67.6164, 4.2285, 45.8368, 13.1954, 85.1393, 50.5913]),
        (36, [72.9632, 4.4228, 47.0022, 8.2861, 81.8961, 42.2595]),
        (30, [75.8167629690, 4.3651154464, 44.5755159574, 11.5011091328, 78.2234403376, 48.3479322639]),
    ];

    /// <summary>§1.6(d): mean (sd) over 40 seeds with random tie-breaking: round 1, round 10, final start mean.</summary>
    public static readonly (double Mean, double Sd)[][] RandomTieBands =
    [
        [(68.34, 1.18), (3.66, 0.00), (49.15, 1.56), (16.23, 0.00), (75.80, 0.67), (46.77, 0.00)],
        [(71.00, 2.60), (4.58, 0.10), (40.47, 1.77), (7.58, 2.39), (77.34, 1.56), (46.98, 1.61)],
        [(66.28, 0.44), (4.20, 0.03), (47.41, 0.46), (11.92, 0.54), (79.55, 0.48), (47.99, 0.55)],
    ];
}
