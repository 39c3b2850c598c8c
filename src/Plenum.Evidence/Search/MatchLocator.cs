using System.Globalization;
using System.Text;

namespace Plenum.Evidence.Search;

/// <summary>
/// Finds where a query's words and phrases occur in a segment that the database reported as a hit, and cuts a
/// snippet around the first one. Done here rather than with SQLite's <c>highlight()</c> or PostgreSQL's
/// <c>ts_headline</c> so that both back ends report the same offsets, exactly, in the stored text's code units.
/// </summary>
/// <remarks>
/// Words are compared as the indexes compare them: runs of letters, digits and combining marks, lower-cased,
/// accents removed (as FTS5's <c>remove_diacritics 2</c>); a phrase matches consecutive words; a prefix term
/// matches words that begin with it. Excluded words are never highlighted.
/// </remarks>
public static class MatchLocator
{
    /// <summary>How many characters of context the snippet shows on each side of the first match.</summary>
    public const int Context = 80;

    /// <summary>The matches of <paramref name="query"/> in <paramref name="text"/>, as offsets in the document (the text starts at <paramref name="offset"/>), in order, not overlapping.</summary>
    public static IReadOnlyList<TextSegment> Find(SearchQuery query, string text, int offset)
    {
        var tokens = Tokenise(text);
        var spans = new List<TextSegment>();
        foreach (var term in query.IncludedTerms)
        {
            var words = term.Words.Select(Fold).ToArray();
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                var all = true;
                for (var k = 0; k < words.Length && all; k++)
                {
                    var last = k == words.Length - 1;
                    all = term.Prefix && last
                        ? tokens[i + k].Word.StartsWith(words[k], StringComparison.Ordinal)
                        : tokens[i + k].Word == words[k];
                }
                if (all) spans.Add(new TextSegment(offset + tokens[i].Start, offset + tokens[i + words.Length - 1].End));
            }
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextSegment>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                if (span.End > merged[^1].End) merged[^1] = merged[^1] with { End = span.End };
                continue;
            }
            merged.Add(span);
        }
        return merged;
    }

    /// <summary>A stretch of <paramref name="text"/> (which starts at <paramref name="offset"/> in its document) around the first match, cut at spaces where one is near.</summary>
    public static (string Snippet, int SnippetStart) Snippet(string text, int offset, IReadOnlyList<TextSegment> matches)
    {
        var first = matches.Count > 0 ? matches[0] : new TextSegment(offset, offset);
        var from = WordStart(text, Math.Max(0, first.Start - offset - Context));
        var to = WordEnd(text, Math.Min(text.Length, first.End - offset + Context));
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        if (to < text.Length && to > 0 && char.IsHighSurrogate(text[to - 1])) to++;
        return (text[from..to], offset + from);
    }

    // Letters with accents and their base letters (Latin-1, Latin Extended-A, Cyrillic), from Unicode's canonical
    // decompositions: string.Normalize does not decompose under invariant globalization, which Plenum runs in.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžЀЁЃЇЌЍЎЙйѐёѓїќѝў";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzЕЕГІКИУИиеегікиу";
    private static readonly Dictionary<char, char> BaseLetters = Accented.Zip(Plain).ToDictionary(p => p.First, p => p.Second);

    /// <summary>A word as SQLite's index sees it: lower case, accents removed (<c>é</c> → <c>e</c>, <c>ё</c> → <c>е</c>, combining marks dropped).</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.ToLowerInvariant(BaseLetters.TryGetValue(c, out var plain) ? plain : c));
        }
        return builder.ToString();
    }

    private static List<(int Start, int End, string Word)> Tokenise(string text)
    {
        var tokens = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!SearchQuery.IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && SearchQuery.IsWordChar(text[i])) i++;
            tokens.Add((start, i, Fold(text[start..i])));
        }
        return tokens;
    }

    private static int WordStart(string text, int at)
    {
        if (at == 0) return 0;
        var space = text.LastIndexOfAny([' ', '\n', '\t'], at);
        return space < 0 || at - space > 20 ? at : space + 1;
    }

    private static int WordEnd(string text, int at)
    {
        if (at >= text.Length) return text.Length;
        var space = text.IndexOfAny([' ', '\n', '\t'], at);
        return space < 0 || space - at > 20 ? at : space;
    }
}
