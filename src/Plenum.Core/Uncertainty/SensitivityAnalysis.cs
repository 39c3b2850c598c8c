using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Uncertainty;

/// <summary>How much one input moves one issue's forecast.</summary>
/// <param name="AtLow">Forecast with the input at the low end of its swing (others at their point values).</param>
/// <param name="AtHigh">Forecast with the input at the high end.</param>
/// <param name="FirstOrderIndex">Share of the forecast's Monte Carlo variance explained by this input alone
/// (correlation ratio η², an estimate of the first-order Sobol index); null for inputs without a distribution.</param>
public sealed record InputSensitivity(string Path, double Low, double High, double AtLow, double AtHigh, double? FirstOrderIndex)
{
    /// <summary>|forecast at high − forecast at low|, the length of the tornado bar.</summary>
    public double Swing => Math.Abs(AtHigh - AtLow);
}

/// <summary>The sensitivity of one issue's forecast, inputs ranked by swing.</summary>
public sealed record SensitivityResult(string Model, string Issue, double BaseForecast, int Runs, IReadOnlyList<InputSensitivity> Inputs);

/// <summary>
/// One-at-a-time swings of every input and a variance-based ranking of the uncertain ones.
/// Equations and choices in <c>docs/sensitivity.md</c>.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Bins used to estimate conditional means for η².</summary>
    public const int Bins = 10;

    /// <summary>Analyses the forecast of <paramref name="issueId"/> under <paramref name="model"/>.</summary>
    /// <param name="runs">Monte Carlo draws for the variance-based part (0 to skip it).</param>
    public static SensitivityResult Run(IForecastModel model, Scenario scenario, string issueId, ModelOptions options, int runs, int maxDegreeOfParallelism = -1)
    {
        double Forecast(Scenario s, long index) =>
            model.Run(s, options, RandomStream.ForRun(options.Seed, index)).Issues.First(i => i.Id == issueId).Forecast;

        var inputs = InputHandle.All(scenario).Where(h => h.IssueId is null || h.IssueId == issueId).ToList();
        var baseForecast = Forecast(scenario, 0);
        var swings = new (double Low, double High)[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, inputs.Count, parallel, k =>
        {
            var h = inputs[k];
            swings[k] = (Forecast(h.With(scenario, h.Low), 0), Forecast(h.With(scenario, h.High), 0));
        });

        var indices = new double?[inputs.Count];
        var uncertain = Enumerable.Range(0, inputs.Count).Where(k => inputs[k].Distribution is not null).ToList();
        if (runs > 1 && uncertain.Count > 0)
        {
            var draws = new double[runs][];
            var outcomes = new double[runs];
            Parallel.For(0, runs, parallel, i =>
            {
                var random = RandomStream.ForRun(options.Seed, i);
                var drawn = ScenarioSampler.Draw(scenario, random);
                draws[i] = uncertain.Select(k => inputs[k].ReadFrom(drawn)).ToArray();
                outcomes[i] = model.Run(drawn, options, random).Issues.First(x => x.Id == issueId).Forecast;
            });
            for (var j = 0; j < uncertain.Count; j++)
                indices[uncertain[j]] = CorrelationRatio(draws.Select(d => d[j]).ToArray(), outcomes);
        }

        var result = inputs.Select((h, k) => new InputSensitivity(h.Path, h.Low, h.High, swings[k].Low, swings[k].High, indices[k]))
            .OrderByDescending(x => x.Swing).ThenByDescending(x => x.FirstOrderIndex ?? 0).ThenBy(x => x.Path, StringComparer.Ordinal)
            .ToList();
        return new SensitivityResult(model.Descriptor.Id, issueId, baseForecast, runs, result);
    }

    /// <summary>
    /// η² = Var(E[Y | X]) / Var(Y), with E[Y | X] estimated over <see cref="Bins"/> bins of equal count in X.
    /// </summary>
    internal static double CorrelationRatio(double[] x, double[] y)
    {
        var n = y.Length;
        var mean = y.Average();
        var total = y.Sum(v => (v - mean) * (v - mean));
        if (total <= 0) return 0;
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ThenBy(i => i).ToArray();
        double between = 0;
        for (var b = 0; b < Bins; b++)
        {
            var from = (int)((long)b * n / Bins);
            var to = (int)((long)(b + 1) * n / Bins);
            if (to <= from) continue;
            double sum = 0;
            for (var i = from; i < to; i++) sum += y[order[i]];
            var binMean = sum / (to - from);
            between += (to - from) * (binMean - mean) * (binMean - mean);
        }
        return between / total;
    }
}
