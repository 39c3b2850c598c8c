using System.Text.Json;
using System.Text.Json.Serialization;
using Plenum.Core.Uncertainty;
using Plenum.Reports;

namespace Plenum.Web.Services;

/// <summary>
/// What the results page shows besides the result JSON: the sensitivity of each issue (tornado), the voting power
/// in each body, and the run's settings. Written once when the run finishes, kept in <c>run_views</c>.
/// </summary>
public sealed record RunExtras(
    string ScenarioTitle,
    long? ScenarioRow,
    IReadOnlyList<string> WhatIf,
    IReadOnlyList<SensitivityResult> Sensitivity,
    IReadOnlyList<BodyPowerRow> Power,
    IReadOnlyList<string> Skipped,
    IReadOnlyDictionary<string, string> ActorNames)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RunExtras? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<RunExtras>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The JSON options, for endpoints that return extras inside a larger object.</summary>
    public static JsonSerializerOptions SerializerOptions => Json;
}
