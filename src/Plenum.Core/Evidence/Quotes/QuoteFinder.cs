namespace Plenum.Core.Evidence.Quotes;

/// <summary>
/// Finds quoted remarks in a raw text with a state machine over paragraphs and quotation marks, before any
/// sentence splitting (sentence splitters cut <c>"…a platform?" asked Kamenev.</c> in two; see
/// docs/evidence/quotes.md and the evidence-layer notes §1.3).
/// </summary>
/// <remarks>
/// One pass over the characters, linear in the length of the text. Marks: straight <c>"</c> and <c>'</c>
/// (apostrophes are told apart), curly “ ” ‘ ’, German „ “ ‚ ‘, guillemets « » ‹ › in both directions.
/// A quotation may hold quotations of a different family (and straight quotes of the same family when their
/// shape is clear). A paragraph that ends inside a quotation continues it when the next paragraph opens with
/// the same mark (the running-over convention) or closes it before opening anything; otherwise the quotation
/// ends with its paragraph and is reported. Thread-safe: no state outside a call.
/// </remarks>
public static class QuoteFinder
{
    /// <summary>The quotations in <paramref name="text"/> in document order, and the problems met; never throws on any text.</summary>
    public static QuoteScan Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new QuoteScanner(text);
        scanner.Run();
        var quotes = InterruptionMerger.Merge(text, scanner.Done);
        return new QuoteScan(text, Finish(text, quotes), scanner.Problems);
    }

    private static List<Quotation> Finish(string text, List<OpenQuote> quotes)
    {
        quotes.Sort((a, b) => a.OpenAt != b.OpenAt ? a.OpenAt.CompareTo(b.OpenAt) : a.Depth.CompareTo(b.Depth));
        var index = new Dictionary<OpenQuote, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < quotes.Count; i++) index[quotes[i]] = i;
        var result = new List<Quotation>(quotes.Count);
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            var ancestor = q.Parent;
            while (ancestor is not null && !index.ContainsKey(ancestor)) ancestor = ancestor.Parent;
            int? parentIndex = ancestor is null ? null : index[ancestor];
            var body = q.Parts.Count == 1 ? q.Parts[0].In(text) : string.Join(" ", q.Parts.Select(s => s.In(text)));
            result.Add(new Quotation(i, TextSpan.FromBounds(q.OpenAt, q.End), q.Parts.ToArray(),
                parentIndex is { } p ? result[p].Depth + 1 : 0, parentIndex, q.Mark, q.Flags, body));
        }
        return result;
    }
}
