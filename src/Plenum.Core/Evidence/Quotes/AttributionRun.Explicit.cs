namespace Plenum.Core.Evidence.Quotes;

/// <summary>The explicit sieves: what the words around one quotation say about its speaker.</summary>
internal sealed partial class AttributionRun
{
    private static readonly string[] Prepositions = ["of", "to", "with", "at", "from", "by", "for", "about", "in", "on", "von", "zu", "mit", "de", "à", "avec"];
    private static readonly string[] ResponseVerbs = ["met", "greeted", "received", "answered", "interrupted"];
    private static readonly string[] WordsOfOpeners = ["these", "those", "the", "his", "her", "such"];

    private void FindExplicitSpeaker(Quotation q)
    {
        var d = _decisions[q.Index];
        var level = _doc.LevelOf(q);
        var open = _doc.FirstAtOrAfter(level, q.Span.Start);
        if (TryColon(level, open, d)) return;
        if (TryTrigramAfter(q, level, d)) return;
        if (TryWordsOf(q, level, d)) return;
        if (TryNarrationVerb(level, open, d)) return;
        TryActionBeat(level, open, d);
    }

    /// <summary><c>Name: "…"</c>, <c>X asked: "…"</c>, <c>he says: "…"</c>, <c>…as follows: "…"</c>, and the anonymous response.</summary>
    private bool TryColon(int[] level, int open, SpeakerDecision d)
    {
        var colon = open - 1;
        if (colon < 0 || !_doc.Is(level[colon], ':')) return false;
        var from = _doc.SentenceStart(level, colon);
        if (from == colon) return false;
        if (IsResponse(level, from, colon, out var respondsTo))
        {
            d.AnonymousResponse = true;
            d.RespondsTo = respondsTo;
            return true;
        }
        if (IsDialogueName(level, from, colon) && NameAt(level[from], allowUnknown: true) is { } speaker)
        {
            d.Decide(AttributionRules.DialogueName, [speaker]);
            return true;
        }
        var parenthesised = ParenthesisedIn(level, from, colon);
        for (var k = colon - 1; k >= from; k--)
        {
            if (parenthesised[k - from] || !_doc.Tokens[level[k]].IsWord) continue;
            var kind = SpeechLexicon.VerbOf(_doc.Word(level[k]));
            if ((kind & VerbKind.Speech) == 0) continue;
            if (DecideFromVerb(level, k, kind, AttributionRules.ColonLead, AttributionRules.ColonPronoun, d)) return true;
            if (k + 1 < colon && NameAt(level[k + 1], allowUnknown: true) is { } inverted)
            {
                d.Decide(AttributionRules.ColonLead, [inverted], kind);
                return true;
            }
            if (FirstNamesIn(level, from, k, parenthesised) is { } named)
            {
                d.Decide(AttributionRules.ColonSubject, named, kind);
                SetLeadInAddressee(d, level, k, kind);
                return true;
            }
            return false;
        }
        if (FirstNamesIn(level, from, colon, parenthesised) is not { } names) return false;
        d.Decide(AttributionRules.ColonSubject, names);
        return true;
    }

    /// <summary>The subject of the speech verb at level position <paramref name="k"/> decides, by name or resolved pronoun.</summary>
    private bool DecideFromVerb(int[] level, int k, VerbKind kind, string nameRule, string pronounRule, SpeakerDecision d)
    {
        var (subject, objectFrom) = SubjectOrInverted(level, k, kind);
        if (subject.IsName)
        {
            d.Decide(nameRule, subject.Names!, kind);
            SetLeadInAddressee(d, level, objectFrom, kind);
            return true;
        }
        if (subject.Pronoun < 0 || ResolvePronoun(level, subject.Pronoun) is not { } referent) return false;
        d.Decide(pronounRule, [referent], kind);
        SetLeadInAddressee(d, level, objectFrom, kind);
        return true;
    }

    /// <summary>Whom the attribution clause names as addressee (<c>said to Y</c>, <c>asked Y</c>), or that it names someone unnamed (<c>told reporters</c>).</summary>
    private void SetLeadInAddressee(SpeakerDecision d, int[] level, int verb, VerbKind kind)
    {
        d.AddresseeHint = AddresseeAfter(level, verb, kind);
        d.AddresseeUnnamed = d.AddresseeHint is null && AddressesSomeoneUnnamed(level, verb, kind);
    }

    private bool IsDialogueName(int[] level, int from, int colon)
    {
        if (colon - from > 4) return false;
        var start = _doc.Tokens[level[from]].Start;
        if (start > 0 && _doc.Text[start - 1] != '\n' && start != _doc.Paragraphs[_doc.Tokens[level[from]].Paragraph].Start) return false;
        for (var k = from; k < colon; k++)
        {
            var t = level[k];
            if (_doc.Is(t, '.')) continue;
            if (!_doc.IsCapitalised(t) || SpeechLexicon.VerbOf(_doc.Word(t)) != VerbKind.None) return false;
        }
        return true;
    }

    private bool IsResponse(int[] level, int from, int colon, out SpeakerRef? respondsTo)
    {
        respondsTo = null;
        var response = false;
        for (var k = from; k + 1 < colon; k++)
        {
            var w = _doc.Word(level[k]);
            if (_doc.Word(level[k + 1]).Equals("with", StringComparison.OrdinalIgnoreCase)
                && OneOf(w, ResponseVerbs))
                response = true;
        }
        if (!response) return false;
        for (var k = from; k < colon && respondsTo is null; k++)
        {
            var t = level[k];
            var w = _doc.Word(t);
            respondsTo = NameAt(t, allowUnknown: false)
                ?? (w.EndsWith("'s", StringComparison.Ordinal) && Resolve(w[..^2].ToString()) is { } id ? new SpeakerRef(w[..^2].ToString(), id) : null);
        }
        return true;
    }

    /// <summary>The first named subject in [from, to): resolved names first, else a capitalised name not opening the sentence; names after a preposition are objects and skipped.</summary>
    private List<SpeakerRef>? FirstNamesIn(int[] level, int from, int to, bool[] parenthesised)
    {
        foreach (var allowUnknown in new[] { false, true })
        {
            for (var k = from; k < to; k++)
            {
                if (parenthesised[k - from] || (allowUnknown && k == from)) continue;
                if (k > from && OneOf(_doc.Word(level[k - 1]), Prepositions)) continue;
                var name = NameAt(level[k], allowUnknown);
                if (name is null) continue;
                var names = new List<SpeakerRef> { name };
                var j = k + 1 + name.SurfaceName.Count(c => c == ' ');
                while (j + 1 < to && OneOf(_doc.Word(level[j]), Conjunctions)
                    && NameAt(level[j + 1], allowUnknown: false) is { } more)
                {
                    names.Add(more);
                    j += 2;
                }
                return names;
            }
        }
        return null;
    }

    /// <summary><c>"…," said Kamenev</c>, <c>"…," Kamenev said</c>, <c>"…," he said</c>, <c>« … », dit-il</c>.</summary>
    private bool TryTrigramAfter(Quotation q, int[] level, SpeakerDecision d)
    {
        var after = q.Parts.Count > 1 ? q.Parts[0].End : q.Span.End;
        var limit = q.Parts.Count > 1 ? q.Parts[1].Start : int.MaxValue;
        var a = _doc.FirstAtOrAfter(level, after);
        var tokens = _doc.Tokens;
        while (a < level.Length && tokens[level[a]].Start < limit && tokens[level[a]].Length == 1 && QuoteMarks.IsMark(_doc.Text[tokens[level[a]].Start])) a++;
        if (a >= level.Length || tokens[level[a]].Paragraph != _doc.ParagraphOf(after - 1)) return false;
        if (_doc.Is(level[a], '.') || _doc.Is(level[a], '!') || _doc.Is(level[a], '?')) return false;
        for (var skip = 0; skip < 2 && a < level.Length && (_doc.Is(level[a], ',') || _doc.Is(level[a], '\u2014') || _doc.Is(level[a], '\u2013')); skip++) a++;
        if (a >= level.Length || !tokens[level[a]].IsWord) return false;
        var w = _doc.Word(level[a]);
        var kind = SpeechLexicon.VerbOf(w);
        if ((kind & VerbKind.Speech) != 0 && a + 1 < level.Length)
        {
            if (NameAt(level[a + 1], allowUnknown: true) is { } inverted)
            {
                d.Decide(AttributionRules.TrigramAfter, [inverted], kind);
                SetLeadInAddressee(d, level, a + inverted.SurfaceName.Count(c => c == ' ') + 1, kind & ~VerbKind.TakesObject);
                return true;
            }
            if (SpeechLexicon.IsSingularPronoun(_doc.Word(level[a + 1])))
                return DecidePronoun(level, level[a + 1], kind, d);
            return false;
        }
        var hyphen = w.IndexOf('-');
        if (hyphen > 0 && (SpeechLexicon.VerbOf(w[..hyphen]) & VerbKind.Speech) != 0 && SpeechLexicon.IsSingularPronoun(w[(w.LastIndexOf('-') + 1)..]))
            return DecidePronoun(level, level[a], SpeechLexicon.VerbOf(w[..hyphen]), d);
        if (SpeechLexicon.IsSingularPronoun(w) && a + 1 < level.Length && (SpeechLexicon.VerbOf(_doc.Word(level[a + 1])) & VerbKind.Speech) != 0)
            return DecidePronoun(level, level[a], SpeechLexicon.VerbOf(_doc.Word(level[a + 1])), d);
        if (NameAt(level[a], allowUnknown: true) is not { } name) return false;
        var v = a + 1 + name.SurfaceName.Count(c => c == ' ');
        if (v >= level.Length) return false;
        var verbKind = SpeechLexicon.VerbOf(_doc.Word(level[v]));
        if ((verbKind & VerbKind.Speech) == 0) return false;
        d.Decide(AttributionRules.TrigramAfter, [name], verbKind);
        SetLeadInAddressee(d, level, v, verbKind);
        return true;
    }

    private bool DecidePronoun(int[] level, int pronoun, VerbKind kind, SpeakerDecision d)
    {
        if (ResolvePronoun(level, pronoun) is not { } referent) return false;
        d.Decide(AttributionRules.TrigramPronoun, [referent], kind);
        return true;
    }

    /// <summary><c>"…". These words of Bucharin…</c> or <c>Bucharin's words</c> opening the next sentence.</summary>
    private bool TryWordsOf(Quotation q, int[] level, SpeakerDecision d)
    {
        var a = _doc.FirstAtOrAfter(level, q.Span.End);
        var paragraph = _doc.ParagraphOf(q.ContentEnd);
        while (a < level.Length && !_doc.Tokens[level[a]].IsWord && a - _doc.FirstAtOrAfter(level, q.Span.End) < 3) a++;
        if (a + 2 >= level.Length || _doc.Tokens[level[a]].Paragraph != paragraph) return false;
        var w0 = _doc.Word(level[a]);
        if (_doc.Word(level[a + 1]).Equals("words", StringComparison.OrdinalIgnoreCase) && w0.EndsWith("'s", StringComparison.Ordinal)
            && Resolve(w0[..^2].ToString()) is { } id)
        {
            d.Decide(AttributionRules.WordsOf, [new SpeakerRef(w0[..^2].ToString(), id)]);
            return true;
        }
        if (a + 3 >= level.Length || !OneOf(w0, WordsOfOpeners)
            || !_doc.Word(level[a + 1]).Equals("words", StringComparison.OrdinalIgnoreCase)
            || !_doc.Word(level[a + 2]).Equals("of", StringComparison.OrdinalIgnoreCase)
            || NameAt(level[a + 3], allowUnknown: true) is not { } name)
            return false;
        d.Decide(AttributionRules.WordsOf, [name]);
        return true;
    }

    /// <summary>A named speech verb in the narration of the same sentence before the quotation, or of the previous sentence when the quotation opens one.</summary>
    private bool TryNarrationVerb(int[] level, int open, SpeakerDecision d)
    {
        var from = _doc.SentenceStart(level, open);
        var to = open;
        if (from == to)
        {
            if (from == 0 || open >= level.Length || _doc.Tokens[level[from - 1]].Paragraph != _doc.Tokens[level[open]].Paragraph) return false;
            to = from;
            from = _doc.SentenceStart(level, to - 1);
        }
        var parenthesised = ParenthesisedIn(level, from, to);
        for (var k = to - 1; k >= from; k--)
        {
            if (parenthesised[k - from] || !_doc.Tokens[level[k]].IsWord) continue;
            var kind = SpeechLexicon.VerbOf(_doc.Word(level[k]));
            if ((kind & VerbKind.Speech) != 0 && DecideFromVerb(level, k, kind, AttributionRules.NarrationVerb, AttributionRules.NarrationVerb, d))
                return true;
        }
        return false;
    }

    /// <summary>A remark opening a sentence right after a narration sentence that starts with the only person it names.</summary>
    private void TryActionBeat(int[] level, int open, SpeakerDecision d)
    {
        var start = _doc.SentenceStart(level, open);
        if (start != open || start == 0 || open >= level.Length || _doc.Tokens[level[start - 1]].Paragraph != _doc.Tokens[level[open]].Paragraph) return;
        var from = _doc.SentenceStart(level, start - 1);
        if (NameAt(level[from], allowUnknown: false) is not { } actor) return;
        for (var k = from + 1; k < start; k++)
        {
            if (!_doc.Tokens[level[k]].IsWord && QuoteMarks.IsMark(_doc.Text[_doc.Tokens[level[k]].Start])) return;
            if (NameAt(level[k], allowUnknown: false) is { } other && other.Key != actor.Key) return;
        }
        d.Decide(AttributionRules.ActionBeat, [actor]);
    }
}
