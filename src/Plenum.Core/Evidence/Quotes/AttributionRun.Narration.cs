namespace Plenum.Core.Evidence.Quotes;

/// <summary>Reading the narration: who speaks to or meets whom, subjects of verbs, pronouns, and where scenes change.</summary>
internal sealed partial class AttributionRun
{
    private static readonly string[] PartingWords = ["separated", "parted", "left", "departed", "trennten", "séparèrent", "quittèrent"];
    private static readonly string[] ObjectFillers = ["him", "her", "them", "and", "ihn", "sie", "und", "le", "la", "et"];
    private static readonly string[] Conjunctions = ["and", "und", "et", ","];

    /// <summary>A verb's subject: one or more names, or a singular pronoun (its global token), or nothing.</summary>
    private readonly record struct Subject(List<SpeakerRef>? Names, int Pronoun)
    {
        public static readonly Subject None = new(null, -1);
        public bool IsName => Names is { Count: > 0 };
    }

    private void ReadNarration()
    {
        var level = _doc.Level(-1);
        var tokens = _doc.Tokens;
        for (var k = 0; k < level.Length;)
        {
            var end = Math.Max(k + 1, _doc.SentenceEnd(level, k));
            if (OpensWithTimeShift(level, k, end)) _sceneBreaks.Add(tokens[level[k]].Start);
            if (HasParting(level, k, end)) _sceneBreaks.Add(tokens[level[end - 1]].End);
            k = end;
        }
        var meetings = new List<(int Offset, List<string> Keys)>();
        for (var k = 0; k < level.Length; k++)
        {
            var t = level[k];
            if (!tokens[t].IsWord) continue;
            var kind = SpeechLexicon.VerbOf(_doc.Word(t));
            if ((kind & (VerbKind.Speech | VerbKind.MeetsObject | VerbKind.MeetsThrough)) == 0) continue;
            var (subject, objectFrom) = SubjectOrInverted(level, k, kind);
            if (!subject.IsName) continue;
            var isMeeting = (kind & VerbKind.Speech) == 0;
            var target = isMeeting ? MetAfter(level, objectFrom, kind) : AddresseeAfter(level, objectFrom, kind);
            if (isMeeting && target is null) continue;
            _events.Add(new NarrationEvent(tokens[t].Start, tokens[t].Paragraph, subject.Names![0], target,
                isMeeting ? kind & (VerbKind.MeetsObject | VerbKind.MeetsThrough) : kind));
            if (!isMeeting) continue;
            _sceneBreaks.Add(tokens[t].Start);
            var keys = subject.Names.Select(n => n.Key).Append(target!.Key).ToList();
            if (HostAfter(level, objectFrom) is { } host) keys.Add(host.Key);
            meetings.Add((tokens[t].Start, keys));
        }
        _sceneBreaks.Sort();
        foreach (var (offset, keys) in meetings)
        {
            var scene = SceneOf(offset);
            if (!_participants.TryGetValue(scene, out var set)) _participants[scene] = set = [];
            set.UnionWith(keys);
        }
    }

    /// <summary>
    /// The subject of the verb at <paramref name="k"/>, and where its objects start. A resolved name right after
    /// the verb is the subject when none (or only an unresolved word) stands before it: German and French put
    /// the subject after the verb (<c>Im Politbüro sagte Stalin</c>, <c>répondit Staline</c>).
    /// </summary>
    private (Subject Subject, int ObjectFrom) SubjectOrInverted(int[] level, int k, VerbKind kind)
    {
        var subject = SubjectBefore(level, k);
        var weak = !subject.IsName || subject.Names!.TrueForAll(n => n.ActorId is null);
        if (!weak || subject.Pronoun >= 0 || (kind & VerbKind.TakesObject) != 0 || k + 1 >= level.Length) return (subject, k);
        if (NameAt(level[k + 1], allowUnknown: false) is not { } inverted) return (subject, k);
        return (new Subject([inverted], -1), k + 1 + inverted.SurfaceName.Count(c => c == ' '));
    }

    /// <summary><c>met Bucharin at Piatakov's</c>: the host whose home the meeting is in, within the next few words.</summary>
    private SpeakerRef? HostAfter(int[] level, int from)
    {
        for (var n = from + 1; n + 1 < level.Length && n <= from + 6 && !_doc.EndsSentence(level, n); n++)
            if (_doc.Word(level[n]).Equals("at", StringComparison.OrdinalIgnoreCase)) return Possessor(level[n + 1]);
        return null;
    }

    /// <summary><c>came to Bukharin's office</c>: a resolved name in the possessive stands for its owner.</summary>
    private SpeakerRef? Possessor(int t)
    {
        var w = _doc.Word(t);
        if (!w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal)) return null;
        var stem = w[..^2].ToString();
        return Resolve(stem) is { } id ? new SpeakerRef(stem, id) : null;
    }

    private bool OpensWithTimeShift(int[] level, int from, int end)
    {
        for (var k = from; k < end && k - from < 8; k++)
        {
            if (_doc.Is(level[k], ',')) return false;
            if (_doc.Tokens[level[k]].IsWord && SpeechLexicon.IsTimeWord(_doc.Word(level[k]))) return true;
        }
        return false;
    }

    private bool HasParting(int[] level, int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
        {
            if (!_doc.Word(level[k]).Equals("they", StringComparison.OrdinalIgnoreCase)) continue;
            for (var j = k + 1; j < end && j <= k + 2; j++)
                if (OneOf(_doc.Word(level[j]), PartingWords)) return true;
        }
        return false;
    }

    private static bool OneOf(ReadOnlySpan<char> word, string[] choices)
    {
        foreach (var c in choices)
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The subject of the verb at level position <paramref name="verb"/>: a name or pronoun just before it (auxiliaries and adverbs skipped), with names joined by "and".</summary>
    private Subject SubjectBefore(int[] level, int verb)
    {
        var k = verb - 1;
        if (k >= 0 && _doc.Is(level[k], ',')) return Appositive(level, k);
        for (var steps = 0; k >= 0 && steps < 4; steps++, k--)
        {
            var t = level[k];
            if (!_doc.Tokens[t].IsWord || _doc.Tokens[t].Paragraph != _doc.Tokens[level[verb]].Paragraph) return Subject.None;
            var w = _doc.Word(t);
            if (SpeechLexicon.IsSingularPronoun(w)) return new Subject(null, t);
            if (SpeechLexicon.IsAuxiliary(w)) continue;
            if (steps == 0 && OneOf(w, Conjunctions)) return SubjectOfCoordinated(level, k);
            return NamesEndingAt(level, k) is { Count: > 0 } names ? new Subject(names, -1) : Subject.None;
        }
        return Subject.None;
    }

    /// <summary><c>Tomsky came in and turned to Bukharin</c>: the subject of the verb before "and".</summary>
    private Subject SubjectOfCoordinated(int[] level, int conjunction)
    {
        for (var k = conjunction - 1; k >= 0 && conjunction - k <= 3; k--)
        {
            if (!_doc.Tokens[level[k]].IsWord) return Subject.None;
            if (SpeechLexicon.VerbOf(_doc.Word(level[k])) != VerbKind.None) return SubjectBefore(level, k);
        }
        return Subject.None;
    }

    /// <summary><c>The general secretary, Joseph Stalin, told…</c> or <c>Bukharin, the editor of Pravda, said…</c>: the subject around an apposition ending at the comma <paramref name="comma"/>.</summary>
    private Subject Appositive(int[] level, int comma)
    {
        var open = comma - 1;
        while (open >= 0 && comma - open <= 8 && !_doc.Is(level[open], ',') && _doc.Tokens[level[open]].Paragraph == _doc.Tokens[level[comma]].Paragraph) open--;
        if (open < 0 || !_doc.Is(level[open], ',')) return Subject.None;
        for (var m = comma - 1; m > open; m--)
            if (NameEndingAt(level, m, allowUnknown: false) is { } inside) return new Subject([inside], -1);
        return open > 0 && NamesEndingAt(level, open - 1) is { Count: > 0 } before ? new Subject(before, -1) : Subject.None;
    }

    /// <summary>Names ending at level position <paramref name="k"/>, walking back over "A, B and C".</summary>
    private List<SpeakerRef>? NamesEndingAt(int[] level, int k)
    {
        var first = NameEndingAt(level, k, allowUnknown: true);
        if (first is null) return null;
        var names = new List<SpeakerRef> { first };
        var j = k - first.SurfaceName.Count(c => c == ' ') - 1;
        while (j >= 1 && names.Count < 4 && OneOf(_doc.Word(level[j]), Conjunctions))
        {
            var more = NameEndingAt(level, j - 1, allowUnknown: false);
            if (more is null) break;
            names.Insert(0, more);
            j -= 2 + more.SurfaceName.Count(c => c == ' ');
        }
        return names;
    }

    /// <summary>Whom a speech verb addresses: <c>said to Y</c>, or the object of <c>asked Y</c>.</summary>
    private SpeakerRef? AddresseeAfter(int[] level, int verb, VerbKind kind)
    {
        var n = verb + 1;
        if (n >= level.Length || !_doc.Tokens[level[n]].IsWord) return null;
        if (SpeechLexicon.IsAddressPreposition(_doc.Word(level[n])))
            return n + 1 < level.Length ? NameAt(level[n + 1], allowUnknown: true) : null;
        return (kind & VerbKind.TakesObject) != 0 ? NameAt(level[n], allowUnknown: true) : null;
    }

    private static readonly string[] NotObjects =
    [
        "that", "what", "why", "whether", "how", "if", "about", "for", "when", "where", "who", "whom", "again", "once", "me", "us",
        "him", "her", "them", "it", "only", "then", "also", "later", "dass", "ob", "warum", "wie", "ihn", "ihm", "que", "si",
        "pourquoi", "comment", "lui", "sie", "ihr", "euch", "dich", "mich", "uns", "la", "le", "les",
    ];

    /// <summary>Whether the attribution clause addresses someone it does not name: <c>told reporters</c>, <c>said to the plenum</c>.</summary>
    private bool AddressesSomeoneUnnamed(int[] level, int verb, VerbKind kind)
    {
        var n = verb + 1;
        if (n >= level.Length || !_doc.Tokens[level[n]].IsWord || _doc.IsCapitalised(level[n])) return false;
        var w = _doc.Word(level[n]);
        if (SpeechLexicon.IsAddressPreposition(w))
            return n + 1 < level.Length && _doc.Tokens[level[n + 1]].IsWord && !_doc.IsCapitalised(level[n + 1]) && !OneOf(_doc.Word(level[n + 1]), NotObjects);
        return (kind & VerbKind.TakesObject) != 0 && !OneOf(w, NotObjects);
    }

    /// <summary>Whom a meeting verb brings the subject to: <c>met Y</c>, <c>invited him and Y</c>, <c>went to Y</c>.</summary>
    private SpeakerRef? MetAfter(int[] level, int verb, VerbKind kind)
    {
        var n = verb + 1;
        if ((kind & VerbKind.MeetsThrough) != 0)
        {
            if (n + 1 >= level.Length || !SpeechLexicon.IsMeetingPreposition(_doc.Word(level[n]))) return null;
            return NameAt(level[n + 1], allowUnknown: true) ?? Possessor(level[n + 1]);
        }
        for (; n < level.Length && n <= verb + 3; n++)
        {
            var w = _doc.Word(level[n]);
            if (OneOf(w, ObjectFillers)) continue;
            return NameAt(level[n], allowUnknown: true);
        }
        return null;
    }

    /// <summary>
    /// Whom a singular pronoun at global token <paramref name="pronoun"/> stands for: the name opening the previous
    /// narration sentence, else the latest named speaker (of a quotation or a speech verb) in the paragraph.
    /// </summary>
    private SpeakerRef? ResolvePronoun(int[] level, int pronoun)
    {
        var tokens = _doc.Tokens;
        var at = _doc.FirstAtOrAfter(level, tokens[pronoun].Start);
        var sentence = _doc.SentenceStart(level, at);
        if (sentence > 0 && tokens[level[sentence - 1]].Paragraph == tokens[pronoun].Paragraph)
        {
            var previous = _doc.SentenceStart(level, sentence - 1);
            var opener = NameAt(level[previous], allowUnknown: false);
            if (opener is not null) return opener;
        }
        var offset = tokens[pronoun].Start;
        var paragraph = tokens[pronoun].Paragraph;
        SpeakerRef? best = null;
        var bestAt = -1;
        for (int i = LastQuoteStartingBefore(offset), seen = 0; i >= 0 && seen++ < MaxLookBack && _doc.QuoteParagraph[i] == paragraph; i--)
        {
            var q = _doc.Quotes[i];
            if (q.Span.End > offset || level != _doc.LevelOf(q) || _decisions[i].Speakers.Count != 1) continue;
            if (q.Span.End > bestAt)
            {
                best = _decisions[i].Speaker;
                bestAt = q.Span.End;
            }
        }
        if (level == _doc.Level(-1))
        {
            var e = LatestEventBefore(offset, ev => ev.Paragraph == paragraph);
            if (e is not null && e.Offset > bestAt) best = e.Subject;
            if (best is null) best = PreviousAddressee(offset, paragraph);
        }
        return best;
    }

    /// <summary>A new paragraph's "he said" is most often the person the previous paragraph's remark addressed.</summary>
    private SpeakerRef? PreviousAddressee(int offset, int paragraph)
    {
        for (int i = LastQuoteStartingBefore(offset), seen = 0; i >= 0 && seen++ < MaxLookBack && paragraph - _doc.QuoteParagraph[i] <= 1; i--)
            if (_doc.Quotes[i].Depth == 0 && _decisions[i].Speaker is not null)
                return _doc.QuoteParagraph[i] < paragraph ? _decisions[i].Addressee : null;
        return null;
    }

    /// <summary>Index of the last quotation (any depth) whose span starts before <paramref name="offset"/>, or -1.</summary>
    private int LastQuoteStartingBefore(int offset)
    {
        int lo = 0, hi = _doc.Quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_doc.Quotes[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private NarrationEvent? LatestEventBefore(int offset, Func<NarrationEvent, bool> accept)
    {
        int lo = 0, hi = _events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_events[mid].Offset < offset) lo = mid + 1;
            else hi = mid;
        }
        var paragraph = _doc.ParagraphOf(offset);
        for (var i = lo - 1; i >= 0 && lo - i <= 4 * MaxLookBack && paragraph - _events[i].Paragraph <= MaxParagraphsBack; i--)
            if (accept(_events[i])) return _events[i];
        return null;
    }
}
