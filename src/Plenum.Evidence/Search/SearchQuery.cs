using System.Text;

namespace Plenum.Evidence.Search;

/// <summary>
/// The search syntax of <c>plenum evidence search</c>, the same on SQLite and PostgreSQL, translated to each
/// database's own full-text query language:
/// <list type="bullet">
/// <item><c>kamenev platform</c>: both words, anywhere in the same segment (about a paragraph);</item>
/// <item><c>"did not go"</c>: the phrase, words in this order;</item>
/// <item><c>plenum OR congress</c>: either;</item>
/// <item><c>-trotsky</c>: not this word;</item>
/// <item><c>bukh*</c>: words that begin so.</item>
/// </list>
/// Words are letters and digits; case and (in SQLite) accents are ignored; punctuation separates words, so
/// <c>Zinov'ev</c> is the phrase <c>"zinov ev"</c>. No stemming: <c>plenum</c> does not find <c>plenums</c> (use <c>plenum*</c>).
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchClause> Clauses)
{
    /// <summary>The longest query accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>Reads a query typed by the user.</summary>
    /// <exception cref="SearchSyntaxException">The query is empty, too long, or only excludes words.</exception>
    public static SearchQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength) throw new SearchSyntaxException($"the query is {text.Length} characters long; the limit is {MaxLength}");
        var clauses = new List<SearchClause>();
        var pendingOr = false;
        foreach (var (raw, quoted) in Tokens(text))
        {
            if (!quoted && raw == "OR")
            {
                pendingOr = clauses.Count > 0 && !clauses[^1].Excluded;
                continue;
            }
            var excluded = !quoted && raw.StartsWith('-') && raw.Length > 1;
            var body = excluded ? raw[1..] : raw;
            var prefix = !quoted && body.EndsWith('*');
            var words = Words(prefix ? body.TrimEnd('*') : body);
            if (words.Count == 0) continue;
            var term = new SearchTerm(words, prefix);
            if (pendingOr && !excluded)
                clauses[^1] = clauses[^1] with { Alternatives = [.. clauses[^1].Alternatives, term] };
            else
                clauses.Add(new SearchClause([term], excluded));
            pendingOr = false;
        }
        if (clauses.Count == 0) throw new SearchSyntaxException("the query has no word to search for");
        if (clauses.All(c => c.Excluded)) throw new SearchSyntaxException("the query only excludes words; give at least one word to find");
        return new SearchQuery(clauses);
    }

    /// <summary>The query as an SQLite FTS5 expression: every word quoted, so no user input is read as FTS5 syntax.</summary>
    public string ToFts5()
    {
        var included = Clauses.Where(c => !c.Excluded).Select(c => "(" + string.Join(" OR ", c.Alternatives.Select(Fts5Term)) + ")");
        var excluded = Clauses.Where(c => c.Excluded).Select(c => " NOT (" + string.Join(" OR ", c.Alternatives.Select(Fts5Term)) + ")");
        return string.Join(" AND ", included) + string.Concat(excluded);
    }

    /// <summary>The query as a PostgreSQL <c>tsquery</c> for the <c>simple</c> configuration (to be passed to <c>to_tsquery('simple', …)</c>).</summary>
    public string ToTsQuery()
    {
        var parts = Clauses.Select(c => (c.Excluded ? "!" : "") + "(" + string.Join(" | ", c.Alternatives.Select(TsTerm)) + ")");
        return string.Join(" & ", parts);
    }

    /// <summary>Every word the query looks for (not the excluded ones), lower case, for highlighting.</summary>
    public IEnumerable<SearchTerm> IncludedTerms => Clauses.Where(c => !c.Excluded).SelectMany(c => c.Alternatives);

    private static string Fts5Term(SearchTerm term) =>
        "\"" + string.Join(" ", term.Words) + "\"" + (term.Prefix ? "*" : "");

    private static string TsTerm(SearchTerm term) =>
        string.Join(" <-> ", term.Words.Select((w, i) => "'" + w + "'" + (term.Prefix && i == term.Words.Count - 1 ? ":*" : "")));

    /// <summary>The words of a term: runs of letters, digits and combining marks, lower case (each index removes accents itself, or not).</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c)) current.Append(c);
            else if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString().ToLowerInvariant());
        return words;
    }

    /// <summary>The characters both FTS5's unicode61 tokenizer and PostgreSQL's parser treat as part of a word.</summary>
    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static IEnumerable<(string Text, bool Quoted)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] is '"' or '“' or '”' or '„' or '«' or '»')
            {
                var close = text.IndexOfAny(['"', '“', '”', '„', '«', '»'], i + 1);
                var end = close < 0 ? text.Length : close;
                yield return (text[(i + 1)..end], true);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            yield return (text[start..i], false);
        }
    }
}
