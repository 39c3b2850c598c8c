namespace Plenum.Core.Evidence.Quotes;

/// <summary>The conversational sieves for remarks no explicit pattern reached: answers, continuation, turn-taking.</summary>
internal sealed partial class AttributionRun
{
    private void FindConversationalSpeaker(Quotation q)
    {
        var d = _decisions[q.Index];
        var pos = _topPosition[q.Index];
        if (!IsSpeechLike(q)) return;
        if (TryAnswerToQuestion(q, pos, d)) return;
        if (TryContinuation(q, pos, d)) return;
        TryTurnTaking(q, pos);
    }

    /// <summary>A remark, not a term: three words or more starting with a capital, or a remark whose opening mark is lost.</summary>
    private static bool IsSpeechLike(Quotation q)
    {
        if ((q.Flags & QuotationFlags.MissingOpeningMark) != 0) return true;
        var text = q.Text.AsSpan().TrimStart("\u2014\u2013-. ");
        if (text.Length == 0 || !char.IsUpper(text[0])) return false;
        var words = 1;
        foreach (var c in text)
            if (c == ' ' && ++words >= 3) return true;
        return false;
    }

    /// <summary>Whether the quotation opens its paragraph or follows a dialogue name (a turn in a dialogue).</summary>
    private bool IsTurn(Quotation q) => q.Depth == 0
        && (q.Span.Start == _doc.Paragraphs[_doc.QuoteParagraph[q.Index]].Start || _decisions[q.Index].Rule == AttributionRules.DialogueName);

    private bool TryAnswerToQuestion(Quotation q, int pos, SpeakerDecision d)
    {
        if (pos == 0) return false;
        var prev = _doc.Quotes[_topLevel[pos - 1]];
        var pd = _decisions[prev.Index];
        if (_doc.QuoteParagraph[prev.Index] != _doc.QuoteParagraph[q.Index] || !prev.Text.TrimEnd().EndsWith('?')) return false;
        if (pd.Rule is not (AttributionRules.TrigramAfter or AttributionRules.TrigramPronoun) || pd.Speaker is not { } asker) return false;
        var own = _doc.Level(q.Index);
        if (own.Length == 0 || !SpeechLexicon.IsReplyWord(_doc.Word(own[0]))) return false;
        var answerer = pd.Addressee ?? LatestOtherSpeaker(pos - 1, asker);
        if (answerer is null) return false;
        d.Decide(AttributionRules.AnswerToQuestion, [answerer]);
        return true;
    }

    /// <summary>The speaker of the latest remark before top-level position <paramref name="pos"/> in the same scene who is not <paramref name="other"/>.</summary>
    private SpeakerRef? LatestOtherSpeaker(int pos, SpeakerRef other)
    {
        var at = _doc.Quotes[_topLevel[pos]].Span.Start;
        for (var j = pos - 1; j >= 0 && pos - j <= MaxLookBack; j--)
        {
            var q = _doc.Quotes[_topLevel[j]];
            if (!SameScene(q.Span.Start, at) || _doc.QuoteParagraph[_topLevel[pos]] - _doc.QuoteParagraph[q.Index] > MaxParagraphsBack) return null;
            if (_decisions[q.Index].Speakers.Count == 1 && _decisions[q.Index].Speaker!.Key != other.Key) return _decisions[q.Index].Speaker;
        }
        return null;
    }

    private bool TryContinuation(Quotation q, int pos, SpeakerDecision d)
    {
        var paragraph = _doc.QuoteParagraph[q.Index];
        for (var j = pos - 1; j >= 0 && pos - j <= MaxLookBack && _doc.QuoteParagraph[_topLevel[j]] == paragraph; j--)
        {
            var prev = _doc.Quotes[_topLevel[j]];
            var pd = _decisions[prev.Index];
            if (!pd.IsAttributed) continue;
            var interloper = LatestEventBefore(q.Span.Start, e => !e.IsMeeting && e.Offset > prev.Span.End
                && !pd.Speakers.Exists(s => s.Key == e.Subject.Key));
            if (interloper is not null) return false;
            d.Decide(AttributionRules.ParagraphContinuation, pd.Speakers);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A run of unattributed remarks, each opening its own paragraph, alternates between two people: carried on
    /// from the remark before the run (its speaker and addressee), or else worked back from the two attributed
    /// remarks after it.
    /// </summary>
    private void TryTurnTaking(Quotation q, int pos)
    {
        if (!IsTurn(q)) return;
        var run = new List<int> { q.Index };
        var end = pos + 1;
        for (; end < _topLevel.Count; end++)
        {
            var next = _doc.Quotes[_topLevel[end]];
            if (!IsTurn(next) || _decisions[next.Index].IsAttributed || _decisions[next.Index].AnonymousResponse
                || _doc.QuoteParagraph[next.Index] != _doc.QuoteParagraph[run[^1]] + 1 || !IsSpeechLike(next))
                break;
            run.Add(next.Index);
        }
        if (pos > 0)
        {
            var before = _doc.Quotes[_topLevel[pos - 1]];
            var bd = _decisions[before.Index];
            if (bd.Speakers.Count == 1 && bd.Addressee is { } partner && SameScene(before.Span.Start, q.Span.Start)
                && _doc.QuoteParagraph[q.Index] - _doc.QuoteParagraph[before.Index] <= 2)
            {
                Alternate(run, partner, bd.Speaker!, fromEnd: false);
                return;
            }
        }
        if (end + 1 >= _topLevel.Count) return;
        var n1 = _doc.Quotes[_topLevel[end]];
        var n2 = _doc.Quotes[_topLevel[end + 1]];
        var d1 = _decisions[n1.Index];
        var d2 = _decisions[n2.Index];
        if (d1.Speakers.Count != 1 || d2.Speakers.Count != 1 || d1.Speaker!.Key == d2.Speaker!.Key) return;
        if (!IsTurn(n1) || !IsTurn(n2) || _doc.QuoteParagraph[n1.Index] != _doc.QuoteParagraph[run[^1]] + 1
            || _doc.QuoteParagraph[n2.Index] != _doc.QuoteParagraph[n1.Index] + 1 || !SameScene(q.Span.Start, n2.Span.Start))
            return;
        Alternate(run, d2.Speaker, d1.Speaker, fromEnd: true);
    }

    /// <summary>Gives the run's remarks to <paramref name="first"/> and <paramref name="second"/> in turn (from the run's end when <paramref name="fromEnd"/>).</summary>
    private void Alternate(List<int> run, SpeakerRef first, SpeakerRef second, bool fromEnd)
    {
        for (var i = 0; i < run.Count; i++)
        {
            var d = _decisions[run[fromEnd ? run.Count - 1 - i : i]];
            d.Decide(AttributionRules.TurnTaking, [i % 2 == 0 ? first : second]);
            d.TurnPartner = i % 2 == 0 ? second : first;
        }
    }
}
