using System.Globalization;
using System.Text.Json;
using Plenum.Core.Evidence.Names;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Spectre.Console;

namespace Plenum.Cli.Presenters;

/// <summary>The analyst's review as tables and JSON: quotes with decisions, merge suggestions, name decisions.</summary>
public static class ReviewPresenter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void RenderQuotes(IAnsiConsole console, StoredDocument document, IReadOnlyList<ReviewedQuote> quotes)
    {
        var reviewed = quotes.Count(q => q.Review is not null);
        console.MarkupLine($"[bold]Quotes of {Markup.Escape(document.Summary.Id)}[/] \"{Markup.Escape(document.Summary.Title)}\": {quotes.Count}, {reviewed} reviewed");
        var t = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("passage").AddColumn("speaker").AddColumn("to").AddColumn("rule")
            .AddColumn(new TableColumn("conf.").RightAligned()).AddColumn("review").AddColumn("remark");
        foreach (var q in quotes)
            t.AddRow(q.Id.ToString(CultureInfo.InvariantCulture), $"{q.Stored.Passage.Start}-{q.Stored.Passage.End}", Markup.Escape(q.Speaker ?? "?"),
                Markup.Escape(q.Addressee ?? ""), Markup.Escape(q.Stored.Quote.Rule), q.Stored.Quote.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(ReviewText(q)), Markup.Escape(QuotesPresenter.Short(q.Stored.Passage.Exact, 50)));
        console.Write(t);
    }

    public static string QuotesJson(StoredDocument document, IReadOnlyList<ReviewedQuote> quotes) => JsonSerializer.Serialize(new
    {
        document = document.Summary.Id,
        title = document.Summary.Title,
        quotes = quotes.Select(q => new
        {
            id = q.Id,
            passage = $"{document.Summary.Id}:{q.Stored.Passage.Start}-{q.Stored.Passage.End}",
            text = q.Stored.Passage.Exact,
            speaker = q.Speaker,
            addressee = q.Addressee,
            state = q.State,
            machine = new { speaker = q.Stored.Quote.Speaker, addressee = q.Stored.Quote.Addressee, rule = q.Stored.Quote.Rule, confidence = q.Stored.Quote.Confidence },
            review = q.Review is { } r ? new { verdict = r.Verdict.Name(), analyst = r.Analyst, at = r.DecidedAt, note = r.Note } : null,
        }),
    }, Indented) + "\n";

    /// <summary>One line saying what now stands for a quote just decided.</summary>
    public static string Decided(ReviewedQuote q) =>
        $"quote {q.Id} {q.State}: {q.Speaker ?? "nobody"} → {q.Addressee ?? "nobody"} (the machine said {q.Stored.Quote.Speaker ?? "nobody"} → " +
        $"{q.Stored.Quote.Addressee ?? "nobody"}, {q.Stored.Quote.Rule} {q.Stored.Quote.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}); by {q.Review!.Analyst}";

    public static void RenderMerges(IAnsiConsole console, IReadOnlyList<NameMergeSuggestion> suggestions, bool resolved)
    {
        console.MarkupLine($"[bold]Name merges to decide[/]: {suggestions.Count}" + (resolved ? "" : " (as stored when the documents were added; --scenario FILE resolves again)"));
        var t = new Table().Border(TableBorder.Simple)
            .AddColumn("spelling").AddColumn("actor").AddColumn(new TableColumn("score").RightAligned()).AddColumn("method")
            .AddColumn(new TableColumn("mentions").RightAligned()).AddColumn(new TableColumn("docs").RightAligned()).AddColumn("decided");
        foreach (var s in suggestions)
            t.AddRow(Markup.Escape(s.Surface), Markup.Escape(s.ActorId), s.Score.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(s.Method),
                s.Mentions.ToString(CultureInfo.InvariantCulture), s.Documents.ToString(CultureInfo.InvariantCulture),
                s.Verdict == NameMergeVerdict.Confirmed ? "confirmed" : "");
        console.Write(t);
    }

    public static string MergesJson(IReadOnlyList<NameMergeSuggestion> suggestions) => JsonSerializer.Serialize(suggestions.Select(s => new
    {
        spelling = s.Surface,
        actor = s.ActorId,
        score = s.Score,
        method = s.Method,
        detail = s.Detail,
        mentions = s.Mentions,
        documents = s.Documents,
        decided = s.Verdict == NameMergeVerdict.Confirmed ? "confirmed" : null,
    }), Indented) + "\n";

    public static void RenderDecisions(IAnsiConsole console, IReadOnlyList<StoredNameDecision> decisions)
    {
        var t = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("id").RightAligned()).AddColumn("spelling").AddColumn("actor").AddColumn("verdict").AddColumn("by").AddColumn("when (UTC)").AddColumn("note");
        foreach (var d in decisions)
            t.AddRow(d.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(d.Surface), Markup.Escape(d.ActorId), Verdict(d.Verdict), Markup.Escape(d.Analyst),
                d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(d.Note ?? ""));
        console.Write(t);
    }

    public static string DecisionsJson(IReadOnlyList<StoredNameDecision> decisions) => JsonSerializer.Serialize(decisions.Select(d => new
    {
        id = d.Id, spelling = d.Surface, actor = d.ActorId, verdict = Verdict(d.Verdict), analyst = d.Analyst, at = d.DecidedAt, note = d.Note,
    }), Indented) + "\n";

    private static string Verdict(NameMergeVerdict verdict) => verdict == NameMergeVerdict.Rejected ? "rejected" : "confirmed";

    private static string ReviewText(ReviewedQuote q) => q.Review is { } r ? $"{r.Verdict.Name()} by {r.Analyst}" : "";
}
