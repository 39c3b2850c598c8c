using Microsoft.AspNetCore.Mvc;
using Plenum.Storage;
using Plenum.Web.Api;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Spaces;

/// <summary>Two runs of the workspace side by side: every model × issue forecast and motion probability, with the difference.</summary>
public sealed class CompareModel(WorkspaceAccess access, PlenumData data) : WorkspacePageModel(access)
{
    public sealed record Row(string Model, string Item, double? Left, double? Right);

    public RunRecord? Left { get; private set; }
    public RunRecord? Right { get; private set; }
    public bool SameText { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery] long[]? pick, long? a, long? b)
    {
        var ids = (pick ?? []).ToList();
        if (a is { } x) ids.Insert(0, x);
        if (b is { } y) ids.Add(y);
        if (ids.Count != 2) return Redirect($"/w/{Ws}/runs");
        Left = await ApiEndpoints.FindRunAsync(data, Ws, ids[0], HttpContext.RequestAborted);
        Right = await ApiEndpoints.FindRunAsync(data, Ws, ids[1], HttpContext.RequestAborted);
        if (Left is null || Right is null) return NotFound();
        SameText = new RunComparison(Left, Right).SameScenarioText;
        var l = Flatten(ResultView.Parse(Left.ResultJson));
        var r = Flatten(ResultView.Parse(Right.ResultJson));
        Rows = l.Keys.Concat(r.Keys).Distinct()
            .Select(k => new Row(k.Model, k.Item, l.GetValueOrDefault(k), r.GetValueOrDefault(k))).ToList();
        return Page();
    }

    private static Dictionary<(string Model, string Item), double?> Flatten(ResultView view)
    {
        var d = new Dictionary<(string, string), double?>();
        foreach (var m in view.Models)
        {
            foreach (var i in m.Issues) d[(m.Model, i.Id)] = i.Forecast;
            foreach (var (id, p) in m.Motions) d[(m.Model, $"P(pass {id})")] = p;
        }
        return d;
    }
}
