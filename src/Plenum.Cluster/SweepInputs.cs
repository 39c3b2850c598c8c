using Plenum.Cluster.Contracts;
using Plenum.Core.Imports;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Cluster;

/// <summary>The scenario, model and options of a sweep, read from its request exactly as the client read them.</summary>
public sealed record SweepInputs(Scenario Scenario, IForecastModel Model, ModelOptions Options)
{
    /// <summary>Reads the request; bad input raises <see cref="SweepInputException"/> with every problem line.</summary>
    public static SweepInputs Load(SweepRequest request)
    {
        InputFormat? format = null;
        if (request.Format is { } name)
            format = ScenarioFiles.FormatNames.TryGetValue(name, out var f) ? f : throw new SweepInputException($"unknown input format {name}");
        var loaded = ScenarioFiles.Read(request.FileName, request.ScenarioText, format);
        if (!loaded.IsValid) throw new SweepInputException(string.Join(Environment.NewLine, loaded.Problems.Select(p => p.ToString())));
        var scenario = loaded.Scenario!;
        foreach (var text in request.WhatIf)
        {
            var change = ScenarioOverride.Parse(text, out var error) ?? throw new SweepInputException(error!);
            scenario = change.ApplyTo(scenario, out error) ?? throw new SweepInputException(error!);
        }
        var model = ModelCatalog.Find(request.Model) ?? throw new SweepInputException($"no model {request.Model}; this silo has: {ModelCatalog.Ids}");
        return new SweepInputs(scenario, model, new ModelOptions(request.Options, request.Seed));
    }
}

/// <summary>A sweep's inputs cannot be used; the message says why (file:line:col problems included).</summary>
public sealed class SweepInputException(string message) : Exception(message);
