using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models;

/// <summary>
/// Runs a model on successive Monte Carlo draws of the scenario it was prepared for
/// (<see cref="IMonteCarloModel.Prepare"/>).
/// </summary>
/// <remarks>
/// The result holds what <see cref="Plenum.Core.Uncertainty.MonteCarloRunner"/> folds — issues with their rounds,
/// forecast, mean, median and convergence; motions; actors — with the same numbers as
/// <see cref="IForecastModel.Run"/>, and may leave out notes, tables and the echoed options. Not thread-safe: it
/// reuses its buffers from draw to draw.
/// </remarks>
public interface IDrawRunner
{
    /// <summary>Runs the model on one draw of the scenario.</summary>
    /// <exception cref="ModelInputException">The draw is not usable by this model.</exception>
    ForecastResult Run(Scenario drawn, RandomStream random);
}
