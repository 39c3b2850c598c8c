using Plenum.Core.Scenarios;

namespace Plenum.Core.Models;

/// <summary>
/// A model that can get ready once for many Monte Carlo draws of one scenario, so that a draw pays only for the
/// model's own arithmetic: options parsed once, buffers reused from draw to draw, and nothing built that the
/// Monte Carlo summary does not read (notes, option echoes, detail tables).
/// </summary>
/// <remarks>
/// <see cref="Plenum.Core.Uncertainty.MonteCarloRunner"/> uses it when a model offers it, and
/// <see cref="IForecastModel.Run"/> otherwise. A prepared runner must give the summary exactly the numbers
/// <see cref="IForecastModel.Run"/> would have given for the same draw and stream, to the last bit.
/// </remarks>
public interface IMonteCarloModel : IForecastModel
{
    /// <summary>Gets ready to run draws of <paramref name="scenario"/> with <paramref name="options"/>.</summary>
    /// <returns>A runner for one thread at a time; each thread prepares its own.</returns>
    /// <exception cref="ModelOptionException">An option value is not valid.</exception>
    IDrawRunner Prepare(Scenario scenario, ModelOptions options);
}
