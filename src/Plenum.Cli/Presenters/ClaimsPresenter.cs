using System.Text;
using System.Text.Json;
using Plenum.Core.Evidence.Corroboration;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Claims with their corroboration as a table, JSON or CSV.</summary>
public static class ClaimsPresenter
{
    public static void Render(IAnsiConsole console, string scenario, CorroborationResult r)
    {
        console.MarkupLine($"[bold]Claims of {Markup.Escape(scenario)}[/]: independent witnesses are provenance clusters, not documents");
        var t = new Table().Border(TableBorder.Simple)
            .AddColumn("claim").AddColumn(new TableColumn("passages").RightAligned()).AddColumn(new TableColumn("documents").RightAligned())
            .AddColumn(new TableColumn("independent").RightAligned()).AddColumn(new TableColumn("against").RightAligned()).AddColumn("grade");
        foreach (var c in r.Claims)
            t.AddRow(Markup.Escape(c.Id), c.Passages.ToString(), c.SupportingSources.Count.ToString(),
                c.Corroborated ? $"[green]{c.IndependentSupport}[/]" : $"[yellow]{c.IndependentSupport}[/]",
                c.IndependentContradiction == 0 ? "0" : $"[red]{c.IndependentContradiction}[/]",
                c.Credibility?.ToString() ?? "–");
        console.Write(t);
        var verifications = r.Claims.SelectMany(c => c.SelfVerifications).DistinctBy(v => v.SourceId).ToList();
        foreach (var v in verifications)
            console.MarkupLine($"  [grey]{Markup.Escape(v.SourceId)} says of itself: \"{Markup.Escape(Short(v.Text, 90))}\" (recorded, not counted as corroboration)[/]");
        console.MarkupLine("[bold]Provenance clusters[/]");
        foreach (var cluster in r.Clusters)
        {
            var why = cluster.Links.Count == 0 ? "" : " — " + string.Join("; ", cluster.Links.Select(l => $"{l.From} {l.Why} {l.To}"));
            console.MarkupLine($"  {cluster.Number}. {Markup.Escape(string.Join(", ", cluster.Sources))}[grey]{Markup.Escape(why)}[/]");
        }
    }

    public static string Json(string scenario, CorroborationResult r) => JsonSerializer.Serialize(new
    {
        scenario,
        claims = r.Claims.Select(c => new
        {
            id = c.Id,
            subject = c.Subject,
            number = c.Number,
            credibility = c.Credibility,
            passages = c.Passages,
            supporting_sources = c.SupportingSources,
            supporting_clusters = c.SupportingClusters,
            independent_support = c.IndependentSupport,
            contradicting_sources = c.ContradictingSources,
            contradicting_clusters = c.ContradictingClusters,
            independent_contradiction = c.IndependentContradiction,
            context_passages = c.ContextPassages,
            corroborated = c.Corroborated,
            self_verifications = c.SelfVerifications.Select(v => new { source = v.SourceId, text = v.Text }),
        }),
        clusters = r.Clusters.Select(k => new
        {
            number = k.Number,
            sources = k.Sources,
            links = k.Links.Select(l => new { from = l.From, to = l.To, why = l.Why }),
        }),
    }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string Csv(CorroborationResult r)
    {
        var sb = new StringBuilder("claim,subject,number,credibility,passages,documents,independent_support,contradicting_documents,independent_contradiction,context_passages,corroborated\n");
        foreach (var c in r.Claims)
            sb.AppendJoin(',', Field(c.Id), Field(c.Subject), Field(c.Number), c.Credibility?.ToString() ?? "", c.Passages, c.SupportingSources.Count,
                c.IndependentSupport, c.ContradictingSources.Count, c.IndependentContradiction, c.ContextPassages, c.Corroborated ? "true" : "false").Append('\n');
        return sb.ToString();
    }

    private static string Field(string? v) => v is null ? "" : ForecastCsv.Field(v);

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
