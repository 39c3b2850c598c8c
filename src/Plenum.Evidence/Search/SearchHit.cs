namespace Plenum.Evidence.Search;

/// <summary>One search result: a segment of a document that matches, the matched words' offsets in the document, and a snippet.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="SourceId">The source it belongs to.</param>
/// <param name="SegmentStart">Where the matching segment starts in the document's text.</param>
/// <param name="SegmentEnd">Where it ends (exclusive).</param>
/// <param name="Matches">Each highlighted word: <c>[Start, End)</c> in the document's text.</param>
/// <param name="Snippet">A short stretch of text around the first match.</param>
/// <param name="SnippetStart">Where the snippet starts in the document's text.</param>
/// <param name="Rank">The database's relevance score (only the order of hits means anything; it differs between back ends).</param>
public sealed record SearchHit(string DocumentId, string Title, string SourceId, int SegmentStart, int SegmentEnd,
    IReadOnlyList<TextSegment> Matches, string Snippet, int SnippetStart, double Rank)
{
    /// <summary>The snippet with each match inside it wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Highlighted(string open = "**", string close = "**")
    {
        var builder = new System.Text.StringBuilder(Snippet.Length + 16);
        var at = 0;
        foreach (var match in Matches)
        {
            var start = match.Start - SnippetStart;
            var end = match.End - SnippetStart;
            if (start < at || end > Snippet.Length) continue;
            builder.Append(Snippet, at, start - at).Append(open).Append(Snippet, start, end - start).Append(close);
            at = end;
        }
        return builder.Append(Snippet, at, Snippet.Length - at).ToString();
    }
}
