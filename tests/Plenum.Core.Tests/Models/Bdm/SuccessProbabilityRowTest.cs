using Plenum.Core.Models.Bdm;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// <see cref="SuccessProbability.CombineRow"/> (four quotients at a time for the Scholz code) against
/// <see cref="SuccessProbability.Combine"/> one cell at a time: the same bits for every rule and row length.
/// </summary>
public class SuccessProbabilityRowTest
{
    [Theory]
    [InlineData(ProbabilityRule.ScholzCode)]
    [InlineData(ProbabilityRule.Paper)]
    [InlineData(ProbabilityRule.Net)]
    public void CombineRow_RandomIssues_EqualsCombinePerCell(ProbabilityRule rule)
    {
        var random = new Random(17);
        for (var draw = 0; draw < 200; draw++)
        {
            var n = random.Next(1, 24);
            var positions = new double[n];
            var weights = new double[n];
            var exponents = new double[n];
            for (var i = 0; i < n; i++)
            {
                positions[i] = Math.Round(random.NextDouble() * 100, random.Next(0, 3));
                weights[i] = random.NextDouble();
                exponents[i] = 0.5 + 1.5 * random.NextDouble();
            }
            var probability = SuccessProbability.Compute(rule, positions, weights, exponents, 100);
            var m = probability.Support.Size;
            var row = new double[m];
            for (var a = 0; a < m; a++)
            {
                var forA = probability.Support.Row(a);
                var againstA = probability.Support.RowAgainst(a);
                probability.CombineRow(againstA, forA, row);
                for (var q = 0; q < m; q++)
                    Assert.Equal(BitConverter.DoubleToInt64Bits(probability.Combine(againstA[q], forA[q])), BitConverter.DoubleToInt64Bits(row[q]));
            }
        }
    }
}
