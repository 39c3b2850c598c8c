using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Plenum.Evidence.Search;
using Plenum.Storage.Evidence.Review;

namespace Plenum.Web.Evidence;

/// <summary>Cuts a text into the pieces a page draws: quotes highlighted in a document, matched words in a search snippet.</summary>
public static class TextPieces
{
    /// <summary>
    /// The text cut at every quote's start and end; each piece carries the innermost quote covering it (nested
    /// quotations stay visible inside their parent), so no element has to nest inside another.
    /// </summary>
    public static IReadOnlyList<TextPiece> OfQuotes(string text, IReadOnlyList<ReviewedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = quotes
            .Select(q => (q.Id, Start: Math.Clamp(q.Stored.Passage.Start, 0, text.Length), End: Math.Clamp(q.Stored.Passage.End, 0, text.Length), q.State))
            .Where(q => q.End > q.Start).ToList();
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var pieces = new List<TextPiece>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            int from = cuts[i], to = cuts[i + 1];
            var covering = spans.Where(s => s.Start <= from && s.End >= to).ToList();
            var inner = covering.Count == 0 ? default : covering.MinBy(s => s.End - s.Start);
            pieces.Add(new TextPiece(from, text[from..to], covering.Count == 0 ? null : inner.Id, covering.Count, covering.Count == 0 ? "" : inner.State));
        }
        return pieces;
    }

    /// <summary>A search hit's snippet cut into plain and matched stretches.</summary>
    public static IReadOnlyList<(string Text, bool Match)> OfSnippet(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var pieces = new List<(string, bool)>();
        var at = 0;
        foreach (var match in hit.Matches)
        {
            var start = match.Start - hit.SnippetStart;
            var end = match.End - hit.SnippetStart;
            if (start < at || end > hit.Snippet.Length) continue;
            if (start > at) pieces.Add((hit.Snippet[at..start], false));
            pieces.Add((hit.Snippet[start..end], true));
            at = end;
        }
        if (at < hit.Snippet.Length) pieces.Add((hit.Snippet[at..], false));
        return pieces;
    }

    /// <summary>
    /// The document's text as HTML: each piece a <c>span</c> (or a <c>mark</c> for a quote) carrying its offset, with
    /// no white space added between them, since the text is shown as it is (<c>white-space: pre-wrap</c>).
    /// </summary>
    public static IHtmlContent ToHtml(IReadOnlyList<TextPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var html = new StringBuilder();
        foreach (var p in pieces)
        {
            if (p.QuoteId is { } id)
                html.Append("<mark class=\"q ").Append(p.State).Append(p.Depth > 1 ? " nested" : "").Append("\" data-q=\"").Append(id)
                    .Append("\" data-s=\"").Append(p.Start).Append("\">").Append(HtmlEncoder.Default.Encode(p.Text)).Append("</mark>");
            else
                html.Append("<span data-s=\"").Append(p.Start).Append("\">").Append(HtmlEncoder.Default.Encode(p.Text)).Append("</span>");
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>A search hit's snippet as HTML, the matched words in <c>mark</c>, nothing added between the pieces.</summary>
    public static IHtmlContent SnippetHtml(SearchHit hit)
    {
        var html = new StringBuilder();
        foreach (var (text, match) in OfSnippet(hit))
            html.Append(match ? "<mark>" : "").Append(HtmlEncoder.Default.Encode(text)).Append(match ? "</mark>" : "");
        return new HtmlString(html.ToString());
    }
}
