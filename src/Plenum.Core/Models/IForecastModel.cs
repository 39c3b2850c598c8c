using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models;

/// <summary>
/// A model: a pure function of (scenario, options, random stream) to a result. No I/O, no clocks, no globals.
/// </summary>
public interface IForecastModel
{
    /// <summary>Name, publication and options of the model.</summary>
    ModelDescriptor Descriptor { get; }

    /// <summary>Runs the model.</summary>
    /// <exception cref="ModelOptionException">An option value is not valid.</exception>
    /// <exception cref="ModelInputException">The scenario is valid in general but not usable by this model.</exception>
    ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random);
}

/// <summary>A scenario this model cannot run (e.g. fewer than two actors on an issue); exit code 2.</summary>
public sealed class ModelInputException(string message) : Exception(message);
