using System.Globalization;
using System.Text;
using System.Text.Json;
using Plenum.Core.Evidence.Quotes;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>Attributed quotations as a table, JSON or CSV.</summary>
public static class QuotesPresenter
{
    public static void Render(IAnsiConsole console, string source, IReadOnlyList<QuoteAttribution> quotes, IReadOnlyList<QuoteProblem> problems)
    {
        var attributed = quotes.Count(q => q.Speaker is not null);
        console.MarkupLine($"[bold]Quoted remarks in {Markup.Escape(source)}[/]: {quotes.Count}, {attributed} attributed");
        var t = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("at").RightAligned()).AddColumn("speaker").AddColumn("to").AddColumn("rule")
            .AddColumn(new TableColumn("conf.").RightAligned()).AddColumn("remark");
        foreach (var q in quotes)
            t.AddRow(q.Quotation.Span.Start.ToString(CultureInfo.InvariantCulture), Markup.Escape(Who(q.Speakers)), Markup.Escape(q.Addressee is { } a ? Name(a) : ""),
                Markup.Escape(q.SpeakerRule), q.SpeakerConfidence.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(Short(q.Quotation.Text, 60)));
        console.Write(t);
        foreach (var p in problems) console.MarkupLine($"  [yellow]at {p.Offset}: {Markup.Escape(p.Message)}[/]");
    }

    public static string Json(string source, IReadOnlyList<QuoteAttribution> quotes, IReadOnlyList<QuoteProblem> problems) => JsonSerializer.Serialize(new
    {
        source,
        quotes = quotes.Select(q => new
        {
            start = q.Quotation.Span.Start,
            end = q.Quotation.Span.End,
            parts = q.Quotation.Parts.Select(p => new { start = p.Start, end = p.End }),
            depth = q.Quotation.Depth,
            text = q.Quotation.Text,
            speakers = q.Speakers.Select(s => new { name = s.SurfaceName, actor = s.ActorId }),
            speaker_rule = q.SpeakerRule,
            speaker_confidence = q.SpeakerConfidence,
            addressee = q.Addressee is { } a ? new { name = a.SurfaceName, actor = a.ActorId } : null,
            addressee_rule = q.AddresseeRule,
            addressee_confidence = q.AddresseeConfidence,
        }),
        problems = problems.Select(p => new { offset = p.Offset, code = p.Code, message = p.Message }),
    }, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static string Csv(IReadOnlyList<QuoteAttribution> quotes)
    {
        var sb = new StringBuilder("start,end,speaker,speaker_name,addressee,rule,confidence,text\n");
        foreach (var q in quotes)
            sb.AppendJoin(',', q.Quotation.Span.Start, q.Quotation.Span.End, Field(q.Speaker?.ActorId), Field(q.Speaker?.SurfaceName),
                Field(q.Addressee?.ActorId ?? q.Addressee?.SurfaceName), Field(q.SpeakerRule),
                q.SpeakerConfidence.ToString("0.###", CultureInfo.InvariantCulture), Field(q.Quotation.Text)).Append('\n');
        return sb.ToString();
    }

    private static string Who(IReadOnlyList<SpeakerRef> speakers) => speakers.Count == 0 ? "?" : string.Join(" + ", speakers.Select(Name));

    private static string Name(SpeakerRef s) => s.ActorId ?? $"({s.SurfaceName})";

    private static string Field(string? v) => v is null ? "" : ForecastCsv.Field(v);

    /// <summary>The text on one line, cut to <paramref name="max"/> characters with an ellipsis.</summary>
    internal static string Short(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
