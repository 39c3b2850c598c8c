namespace Plenum.Core.Evidence.Quotes;

/// <summary>The character-level state machine behind <see cref="QuoteFinder"/> (one instance per call).</summary>
internal sealed class QuoteScanner(string text)
{
    private readonly List<OpenQuote> _open = [];
    private TextSpan[] _paragraphs = [];
    private int _paragraph;
    private int _skipMarkAt = -1;
    private int _boundary;

    /// <summary>Quotations closed so far (in the order they closed).</summary>
    public List<OpenQuote> Done { get; } = [];

    /// <summary>Problems met so far.</summary>
    public List<QuoteProblem> Problems { get; } = [];

    public void Run()
    {
        _paragraphs = Paragraphs.Split(text);
        for (_paragraph = 0; _paragraph < _paragraphs.Length; _paragraph++)
        {
            var p = _paragraphs[_paragraph];
            _boundary = p.Start;
            for (var i = p.Start; i < p.End; i++)
            {
                var c = text[i];
                if (c == ')' && _open.Count == 0) _boundary = i + 1;
                if (i == _skipMarkAt || !QuoteMarks.IsMark(c)) continue;
                Step(i, c);
            }
            _skipMarkAt = -1;
            EndParagraph(p);
        }
    }

    private void Step(int i, char c)
    {
        switch (c)
        {
            case '"':
                StepStraightDouble(i);
                break;
            case '\'' or '\u2019':
                StepSingle(i, c);
                break;
            case '\u201D':
                if (!CloseInnermost(i, c)) Orphan(i, c);
                break;
            case '\u2018' when IsWordInternal(i):
                break;
            case '\u201C' or '\u2018' or '\u00AB' or '\u2039':
                if (!(_open.Count > 0 && QuoteMarks.Closes(_open[^1].Mark, c) && CloseInnermost(i, c))) Open(i, c);
                break;
            case '\u201E' or '\u201A':
                Open(i, c);
                break;
            case '\u00BB' or '\u203A':
                if (CloseInnermost(i, c)) break;
                if (QuoteMarks.ShapeAt(text, i) == MarkShape.Closing) Orphan(i, c);
                else Open(i, c);
                break;
        }
    }

    private bool IsWordInternal(int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private void StepStraightDouble(int i)
    {
        var shape = QuoteMarks.ShapeAt(text, i);
        var innermostIsDouble = _open.Count > 0 && _open[^1].Mark == '"';
        var anyDouble = _open.Exists(q => q.Mark == '"');
        switch (shape)
        {
            case MarkShape.Opening:
                Open(i, '"');
                break;
            case MarkShape.Closing when anyDouble:
                CloseInnermost(i, '"');
                break;
            case MarkShape.Closing:
                Orphan(i, '"');
                break;
            default:
                if (innermostIsDouble) CloseInnermost(i, '"');
                else Open(i, '"');
                break;
        }
    }

    private void StepSingle(int i, char c)
    {
        var singleOpen = _open.Exists(q => QuoteMarks.Closes(q.Mark, c));
        if (c == '\u2018' || QuoteMarks.IsApostrophe(text, i, singleOpen)) return;
        var shape = QuoteMarks.ShapeAt(text, i);
        if (shape == MarkShape.Closing || (shape == MarkShape.Ambiguous && singleOpen))
        {
            CloseInnermost(i, c);
            return;
        }
        if (c == '\'') Open(i, c);
    }

    private void Open(int i, char mark)
    {
        var q = new OpenQuote(i, mark, _open.Count, _open.Count > 0 ? _open[^1] : null, _paragraph) { PartStart = i + 1 };
        _open.Add(q);
    }

    /// <summary>Closes the innermost open quotation that <paramref name="mark"/> can close; inner ones end unclosed.</summary>
    private bool CloseInnermost(int i, char mark)
    {
        var at = _open.FindLastIndex(q => QuoteMarks.Closes(q.Mark, mark));
        if (at < 0) return false;
        while (_open.Count - 1 > at) Abandon(_open[^1], i, "unclosed-inner-quote");
        var quote = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        quote.EndPart(text, i);
        quote.End = i + 1;
        quote.EndParagraph = _paragraph;
        Emit(quote);
        if (quote.Depth == 0) _boundary = i + 1;
        return true;
    }

    /// <summary>A closing mark with nothing to close: the words since the last boundary are taken as the remark.</summary>
    private void Orphan(int i, char mark)
    {
        if (_open.Count > 0)
        {
            Problems.Add(new QuoteProblem(i, "stray-closing-mark", $"closing mark {mark} at {i} closes nothing; ignored"));
            return;
        }
        var start = _boundary;
        while (start < i && char.IsWhiteSpace(text[start])) start++;
        Problems.Add(new QuoteProblem(i, "stray-closing-mark",
            $"closing mark {mark} at {i} has no opening mark; the remark is taken to start at {start}"));
        if (start >= i) return;
        var quote = new OpenQuote(start, mark, 0, null, _paragraph) { PartStart = start, Flags = QuotationFlags.MissingOpeningMark };
        quote.EndPart(text, i);
        quote.End = i + 1;
        Emit(quote);
        _boundary = i + 1;
    }

    /// <summary>Ends an inner quotation where its container ends; single marks that never closed were apostrophes.</summary>
    private void Abandon(OpenQuote quote, int end, string code)
    {
        _open.RemoveAt(_open.Count - 1);
        if (QuoteMarks.IsSingle(quote.Mark)) return;
        Problems.Add(new QuoteProblem(quote.OpenAt, code, $"quotation opened by {quote.Mark} at {quote.OpenAt} is not closed; it ends at {end}"));
        quote.EndPart(text, end);
        quote.End = end;
        quote.EndParagraph = _paragraph;
        quote.Flags |= QuotationFlags.Unclosed;
        Emit(quote);
    }

    private void Emit(OpenQuote quote)
    {
        if (quote.Parts.Count > 0) Done.Add(quote);
    }

    private void EndParagraph(TextSpan p)
    {
        while (_open.Count > 1) Abandon(_open[^1], p.End, "unclosed-inner-quote");
        if (_open.Count == 0) return;
        var quote = _open[0];
        var next = _paragraph + 1 < _paragraphs.Length ? _paragraphs[_paragraph + 1] : (TextSpan?)null;
        var continuation = next is { } n ? Continuation(quote.Mark, n) : ParagraphContinuation.None;
        if (continuation == ParagraphContinuation.None)
        {
            if (QuoteMarks.IsSingle(quote.Mark))
            {
                _open.Clear();
                return;
            }
            Abandon(quote, p.End, "unclosed-quote");
            return;
        }
        quote.EndPart(text, p.End);
        quote.Flags |= QuotationFlags.RunsOverParagraphs;
        quote.PartStart = continuation == ParagraphContinuation.ReopenedByMark ? next!.Value.Start + 1 : next!.Value.Start;
        _skipMarkAt = continuation == ParagraphContinuation.ReopenedByMark ? next.Value.Start : -1;
    }

    /// <summary>Whether a quotation open at a paragraph's end goes on in the next paragraph, and how.</summary>
    private ParagraphContinuation Continuation(char mark, TextSpan next)
    {
        var first = text[next.Start];
        var symmetric = first is '"' or '\'';
        if (first == mark && (!symmetric || QuoteMarks.ShapeAt(text, next.Start) != MarkShape.Closing))
            return ParagraphContinuation.ReopenedByMark;
        for (var i = next.Start; i < next.End; i++)
        {
            var c = text[i];
            if (!QuoteMarks.IsMark(c) || QuoteMarks.Family(c) != QuoteMarks.Family(mark)) continue;
            if (QuoteMarks.IsSingle(c) && QuoteMarks.IsApostrophe(text, i, true)) continue;
            var closes = c == '"' ? QuoteMarks.ShapeAt(text, i) == MarkShape.Closing : QuoteMarks.Closes(mark, c);
            return closes ? ParagraphContinuation.BrokenParagraph : ParagraphContinuation.None;
        }
        return ParagraphContinuation.None;
    }
}
