namespace Plenum.Core.Evidence.Quotes;

/// <summary>The addressee sieves, tried in order once the speaker is known.</summary>
internal sealed partial class AttributionRun
{
    private static readonly HashSet<string> TurnRules =
    [
        AttributionRules.DialogueName, AttributionRules.TrigramAfter, AttributionRules.TrigramPronoun, AttributionRules.ColonLead,
        AttributionRules.ColonPronoun, AttributionRules.ColonSubject, AttributionRules.AnswerToQuestion, AttributionRules.ActionBeat,
        AttributionRules.ParagraphContinuation, AttributionRules.TurnTaking,
    ];

    private void FindAddressee(Quotation q)
    {
        var d = _decisions[q.Index];
        if (d.Speaker is not { } speaker)
        {
            if (d.AnonymousResponse) d.Address(AttributionRules.AddresseeResponse, d.RespondsTo);
            return;
        }
        d.Address(AttributionRules.AddresseeExplicit, d.AddresseeHint);
        d.Address(AttributionRules.AddresseeVocative, Vocative(q));
        if (q.Depth > 0 || d.Addressee is not null || d.AddresseeUnnamed) return;
        var pos = _topPosition[q.Index];
        if ((d.Verb & VerbKind.Reply) != 0) d.Address(AttributionRules.AddresseeReply, LatestOtherAct(q, speaker));
        d.Address(AttributionRules.AddresseeContinued, ContinuedAddressee(q, pos, speaker));
        d.Address(AttributionRules.AddresseeReciprocal, Reciprocal(q, pos, speaker));
        d.Address(AttributionRules.AddresseeScene, Met(q, speaker));
        if (d.Rule == AttributionRules.TurnTaking) d.Address(AttributionRules.AddresseeTurn, d.TurnPartner);
        if (IsConversational(d)) d.Address(AttributionRules.AddresseePreviousTurn, PreviousTurnSpeaker(q, pos, speaker));
    }

    /// <summary><c>"Comrade Kamenev, …"</c> or <c>"…, Kamenev!"</c>: a resolved name (or a name after a form of address) at either end of the remark.</summary>
    private SpeakerRef? Vocative(Quotation q)
    {
        var own = _doc.Level(q.Index);
        if (own.Length < 2) return null;
        var tokens = _doc.Tokens;
        var first = own[0];
        var honorific = Honorifics.IsHonorific(_doc.Word(first));
        var name = NameAt(first, allowUnknown: honorific);
        if (name is not null)
        {
            var after = 1 + (honorific ? 1 : 0) + name.SurfaceName.Count(c => c == ' ');
            if (after < own.Length && (_doc.Is(own[after], ',') || _doc.Is(own[after], '!'))) return name;
        }
        var last = own.Length - 1;
        while (last > 0 && !tokens[own[last]].IsWord) last--;
        var lead = last;
        while (lead > 0 && _doc.IsCapitalised(own[lead - 1]) && last - lead < 2) lead--;
        if (lead > 0 && Honorifics.IsHonorific(_doc.Word(own[lead - 1]))) lead--;
        if (lead > 0 && _doc.Is(own[lead - 1], ',') && NameAt(own[lead], allowUnknown: false) is { } closing) return closing;
        return null;
    }

    /// <summary>For a reply: the latest person other than the speaker who spoke (a remark or a speech verb) in the scene.</summary>
    private SpeakerRef? LatestOtherAct(Quotation q, SpeakerRef speaker)
    {
        var e = LatestEventBefore(q.Span.Start, ev => !ev.IsMeeting && ev.Subject.Key != speaker.Key && SameScene(ev.Offset, q.Span.Start));
        var pos = _topPosition[q.Index];
        for (var j = pos - 1; j >= 0 && pos - j <= MaxLookBack; j--)
        {
            var prev = _doc.Quotes[_topLevel[j]];
            if (e is not null && prev.Span.End < e.Offset) break;
            if (!SameScene(prev.Span.Start, q.Span.Start) || _doc.QuoteParagraph[q.Index] - _doc.QuoteParagraph[prev.Index] > MaxParagraphsBack) break;
            if (_decisions[prev.Index].Speaker is { } s && s.Key != speaker.Key) return s;
        }
        return e?.Subject;
    }

    /// <summary>The addressee of the latest attributed remark in the paragraph, when it has the same speaker.</summary>
    private SpeakerRef? ContinuedAddressee(Quotation q, int pos, SpeakerRef speaker)
    {
        for (var j = pos - 1; j >= 0 && pos - j <= MaxLookBack && _doc.QuoteParagraph[_topLevel[j]] == _doc.QuoteParagraph[q.Index]; j--)
        {
            var pd = _decisions[_topLevel[j]];
            if (pd.IsAttributed) return pd.Speaker!.Key == speaker.Key ? pd.Addressee : null;
        }
        return null;
    }

    /// <summary>Whoever last addressed the speaker in the scene.</summary>
    private SpeakerRef? Reciprocal(Quotation q, int pos, SpeakerRef speaker)
    {
        for (var j = pos - 1; j >= 0 && pos - j <= MaxLookBack; j--)
        {
            var prev = _doc.Quotes[_topLevel[j]];
            if (!SameScene(prev.Span.Start, q.Span.Start) || _doc.QuoteParagraph[q.Index] - _doc.QuoteParagraph[prev.Index] > MaxParagraphsBack) return null;
            var pd = _decisions[prev.Index];
            if (pd.Addressee?.Key == speaker.Key && pd.Speakers.Count == 1) return pd.Speaker;
        }
        return null;
    }

    /// <summary>The person the speaker last met, or was asked or told by, in the scene.</summary>
    private SpeakerRef? Met(Quotation q, SpeakerRef speaker)
    {
        var e = LatestEventBefore(q.Span.Start, ev => ev.Target is not null && SameScene(ev.Offset, q.Span.Start)
            && (ev.Subject.Key == speaker.Key || ev.Target.Key == speaker.Key));
        if (e is null) return null;
        return e.Subject.Key == speaker.Key ? e.Target : e.Subject;
    }

    /// <summary>A spoken turn (not a stance in the present tense, not writing, not a remark inside indirect speech).</summary>
    private static bool IsConversational(SpeakerDecision d)
    {
        if ((d.Verb & (VerbKind.Present | VerbKind.Writing)) != 0) return false;
        return d.Rule == AttributionRules.ColonSubject ? d.Verb != VerbKind.None : TurnRules.Contains(d.Rule);
    }

    /// <summary>The previous remark's speaker, when both were present at the meeting that opened the scene.</summary>
    private SpeakerRef? PreviousTurnSpeaker(Quotation q, int pos, SpeakerRef speaker)
    {
        if (pos == 0 || !_participants.TryGetValue(SceneOf(q.Span.Start), out var present) || !present.Contains(speaker.Key)) return null;
        var prev = _doc.Quotes[_topLevel[pos - 1]];
        var pd = _decisions[prev.Index];
        if (!SameScene(prev.Span.Start, q.Span.Start) || _doc.QuoteParagraph[q.Index] - _doc.QuoteParagraph[prev.Index] > 2) return null;
        if (!IsConversational(pd) || pd.Speakers.Count != 1 || pd.Speaker!.Key == speaker.Key || !present.Contains(pd.Speaker.Key)) return null;
        return pd.Speaker;
    }
}
