namespace Plenum.Core.Evidence.Quotes;

/// <summary>
/// A scanned text cut into tokens once, each token knowing its paragraph and the innermost quotation whose
/// words it belongs to, so that every sieve reads narration at the quotation's own level in linear time.
/// </summary>
internal sealed class QuoteDocument
{
    private const int MaxSentenceTokens = 160;
    private readonly HashSet<int> _sentenceEndingMarks = [];
    private readonly Dictionary<int, int[]> _levels;

    public QuoteDocument(QuoteScan scan)
    {
        Text = scan.Text;
        Quotes = scan.Quotations;
        Paragraphs = global::Plenum.Core.Evidence.Quotes.Paragraphs.Split(Text);
        Tokens = Tokenize();
        QuoteParagraph = Quotes.Select(q => ParagraphOf(q.Span.Start)).ToArray();
        var levels = new Dictionary<int, List<int>>();
        for (var t = 0; t < Tokens.Length; t++)
        {
            var owner = Tokens[t].Owner;
            if (!levels.TryGetValue(owner, out var list)) levels[owner] = list = [];
            list.Add(t);
        }
        _levels = levels.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        foreach (var q in Quotes)
        {
            var last = q.Text.Length > 0 ? q.Text[^1] : ' ';
            if (last is '.' or '!' or '?' or '\u2026' && (q.Flags & QuotationFlags.Unclosed) == 0) _sentenceEndingMarks.Add(q.Span.End - 1);
        }
    }

    public string Text { get; }
    public IReadOnlyList<Quotation> Quotes { get; }
    public TextSpan[] Paragraphs { get; }
    public Token[] Tokens { get; }

    /// <summary>Paragraph index of each quotation's start.</summary>
    public int[] QuoteParagraph { get; }

    public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Length);

    public string WordString(int t) => Text.Substring(Tokens[t].Start, Tokens[t].Length);

    public bool Is(int t, char c) => Tokens[t].Length == 1 && Text[Tokens[t].Start] == c;

    public bool IsCapitalised(int t) => Tokens[t].IsWord && char.IsUpper(Text[Tokens[t].Start]);

    /// <summary>The tokens, in order, whose innermost quotation is <paramref name="owner"/> (-1: narration).</summary>
    public int[] Level(int owner) => _levels.TryGetValue(owner, out var list) ? list : [];

    /// <summary>The level a quotation sits in: its parent's words, or narration.</summary>
    public int[] LevelOf(Quotation q) => Level(q.ParentIndex ?? -1);

    /// <summary>Position in <paramref name="level"/> of the first token starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(int[] level, Token[] tokens, int offset)
    {
        int lo = 0, hi = level.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[level[mid]].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public int FirstAtOrAfter(int[] level, int offset) => FirstAtOrAfter(level, Tokens, offset);

    public int ParagraphOf(int offset)
    {
        int lo = 0, hi = Paragraphs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Paragraphs[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return Math.Max(0, lo);
    }

    /// <summary>Whether a sentence ends after level position <paramref name="k"/> (the next token starts a new one).</summary>
    public bool EndsSentence(int[] level, int k)
    {
        if (k + 1 >= level.Length) return true;
        var t = level[k];
        var next = level[k + 1];
        if (Tokens[t].Paragraph != Tokens[next].Paragraph) return true;
        var c = Text[Tokens[t].Start];
        var terminal = Tokens[t].Length == 1 && (c is '!' or '?' || (c == '.' && !IsAbbreviation(level, k)) || _sentenceEndingMarks.Contains(Tokens[t].Start));
        if (!terminal) return false;
        var n = Text[Tokens[next].Start];
        return char.IsUpper(n) || n == '(' || QuoteMarks.IsMark(n);
    }

    private bool IsAbbreviation(int[] level, int k)
    {
        if (k == 0) return false;
        var prev = level[k - 1];
        if (!Tokens[prev].IsWord) return false;
        var w = Word(prev);
        return (w.Length == 1 && char.IsUpper(w[0])) || Honorifics.IsHonorific(w) || w is "etc" or "St" or "Gen" or "tov" or "No" or "cf" or "vs";
    }

    /// <summary>The level positions [from, to) of the sentence part before position <paramref name="end"/> (exclusive).</summary>
    /// <remarks>A paragraph that starts in lower case continues a sentence from the previous paragraph (a broken paragraph).</remarks>
    public int SentenceStart(int[] level, int end)
    {
        var start = end;
        var k = end - 1;
        var paragraph = end < level.Length ? Tokens[level[end]].Paragraph : k >= 0 ? Tokens[level[k]].Paragraph : 0;
        while (k >= 0 && end - k < MaxSentenceTokens)
        {
            if (Tokens[level[k]].Paragraph != paragraph)
            {
                var brokenParagraph = start < level.Length && Tokens[level[start]].IsWord && char.IsLower(Text[Tokens[level[start]].Start])
                    && !EndsSentenceStrictly(level, k);
                if (!brokenParagraph) break;
                paragraph = Tokens[level[k]].Paragraph;
            }
            else if (EndsSentence(level, k)) break;
            start = k;
            k--;
        }
        return start;
    }

    private bool EndsSentenceStrictly(int[] level, int k)
    {
        var c = Text[Tokens[level[k]].Start];
        return Tokens[level[k]].Length == 1 && (c is '.' or '!' or '?' or ')' or ':' || _sentenceEndingMarks.Contains(Tokens[level[k]].Start));
    }

    /// <summary>The level position where the sentence containing position <paramref name="from"/> ends (exclusive).</summary>
    public int SentenceEnd(int[] level, int from)
    {
        var k = from;
        while (k < level.Length && k - from < MaxSentenceTokens)
        {
            if (EndsSentence(level, k)) return k + 1;
            k++;
        }
        return k;
    }

    private Token[] Tokenize()
    {
        var parts = new List<(int Start, int End, int Quote)>();
        foreach (var q in Quotes)
            foreach (var p in q.Parts)
                parts.Add((p.Start, p.End, q.Index));
        parts.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var tokens = new List<Token>(Text.Length / 5);
        var stack = new Stack<(int End, int Quote)>();
        var nextPart = 0;
        var paragraph = 0;
        var text = Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            var isWord = char.IsLetterOrDigit(c);
            if (isWord)
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !IsQuoteStart(parts, nextPart, i))))
                    i++;
            }
            else i++;
            while (stack.Count > 0 && stack.Peek().End <= start) stack.Pop();
            while (nextPart < parts.Count && parts[nextPart].Start <= start)
            {
                if (parts[nextPart].End > start) stack.Push((parts[nextPart].End, parts[nextPart].Quote));
                nextPart++;
            }
            while (paragraph + 1 < Paragraphs.Length && Paragraphs[paragraph + 1].Start <= start) paragraph++;
            tokens.Add(new Token(start, i - start, isWord, stack.Count > 0 ? stack.Peek().Quote : -1, paragraph));
        }
        return tokens.ToArray();
    }

    private static bool IsQuoteStart(List<(int Start, int End, int Quote)> parts, int nextPart, int i) =>
        nextPart < parts.Count && parts[nextPart].Start == i + 1;
}
