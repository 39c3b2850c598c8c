using System.Globalization;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Web.Services;

/// <summary>What a user asked to run: the same choices as <c>plenum forecast</c> (models, runs, seed, what-ifs, options).</summary>
public sealed record ForecastRequest(
    long WorkspaceId,
    long ScenarioRow,
    string Yaml,
    IReadOnlyList<string> Models,
    int Runs,
    long Seed,
    IReadOnlyList<string> WhatIf,
    IReadOnlyDictionary<string, string> Options,
    string UserName)
{
    /// <summary>
    /// Checks the choices before anything is queued, with the CLI's messages; returns the problem or null.
    /// <paramref name="model"/> is a model id, a comma-separated list or <c>all</c>; <paramref name="set"/> holds KEY=VALUE lines.
    /// </summary>
    public static string? Parse(string? model, int runs, long seed, string? whatIf, string? set, int maxRuns,
        out IReadOnlyList<string> models, out IReadOnlyList<string> whatIfs, out IReadOnlyDictionary<string, string> options)
    {
        models = [];
        whatIfs = [];
        options = new Dictionary<string, string>();
        var spec = string.IsNullOrWhiteSpace(model) ? "all" : model.Trim();
        if (spec == "all") models = ModelCatalog.All.Select(m => m.Descriptor.Id).ToList();
        else
        {
            var list = new List<string>();
            foreach (var id in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (ModelCatalog.Find(id) is null) return $"model '{id}' is not a model; expected one of: {ModelCatalog.Ids}, all";
                list.Add(id);
            }
            if (list.Count == 0) return "choose a model";
            models = list;
        }
        if (runs < 1 || runs > maxRuns) return $"runs must be from 1 to {maxRuns.ToString("N0", CultureInfo.InvariantCulture)} in the web app";
        var changes = Lines(whatIf);
        foreach (var line in changes)
            if (ScenarioOverride.Parse(line, out var error) is null) return $"what-if '{line}': {error}";
        whatIfs = changes;
        var known = ModelCatalog.All.SelectMany(m => m.Descriptor.Options).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Lines(set))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) return $"option '{pair}' is not KEY=VALUE";
            var key = pair[..eq].Trim();
            if (!known.Contains(key)) return $"option {key}: no model has this option; the models page lists the keys";
            values[key] = pair[(eq + 1)..].Trim();
        }
        options = values;
        return null;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
