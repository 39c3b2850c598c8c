using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenum.Reports.Formats;

namespace Plenum.Web.Services;

/// <summary>
/// The CSV trajectories (<c>plenum forecast --format csv</c>: model,issue,round,actor,position,round_mean,round_median)
/// rebuilt from a stored result JSON, so runs made by the CLI can be downloaded as CSV too.
/// </summary>
public static class ResultCsv
{
    public static string FromJson(string resultJson)
    {
        var sb = new StringBuilder("model,issue,round,actor,position,round_mean,round_median\n");
        using var doc = JsonDocument.Parse(resultJson);
        var results = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
        foreach (var r in results)
        {
            var model = r.GetProperty("model").GetString() ?? "";
            if (!r.TryGetProperty("issues", out var issues)) continue;
            foreach (var issue in issues.EnumerateArray())
            {
                var issueId = issue.GetProperty("id").GetString() ?? "";
                if (!issue.TryGetProperty("rounds", out var rounds)) continue;
                foreach (var round in rounds.EnumerateArray())
                {
                    var n = round.GetProperty("round").GetInt32();
                    var mean = Num(round, "mean");
                    var median = Num(round, "median");
                    foreach (var p in round.GetProperty("positions").EnumerateObject())
                        sb.Append(ForecastCsv.Field(model)).Append(',').Append(ForecastCsv.Field(issueId)).Append(',')
                          .Append(n.ToString(CultureInfo.InvariantCulture)).Append(',').Append(ForecastCsv.Field(p.Name)).Append(',')
                          .Append(p.Value.ValueKind == JsonValueKind.Number ? ForecastCsv.Num(p.Value.GetDouble()) : "").Append(',')
                          .Append(mean).Append(',').Append(median).Append('\n');
                }
            }
        }
        return sb.ToString();
    }

    private static string Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? ForecastCsv.Num(v.GetDouble()) : "";
}
