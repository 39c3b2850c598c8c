namespace Plenum.Core.Evidence.Quotes;

/// <summary>One attribution of one document: the decisions, the narration events and the scenes (not shared).</summary>
internal sealed partial class AttributionRun
{
    private const int MaxParagraphsBack = 3;

    /// <summary>How many remarks a conversational rule looks back at most, so that one huge paragraph stays linear.</summary>
    private const int MaxLookBack = 40;
    private readonly QuoteDocument _doc;
    private readonly ISpeakerResolver _resolver;
    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);
    private readonly SpeakerDecision[] _decisions;
    private readonly List<int> _topLevel;
    private readonly int[] _topPosition;
    private readonly List<NarrationEvent> _events = [];
    private readonly List<int> _sceneBreaks = [];
    private readonly Dictionary<int, HashSet<string>> _participants = [];

    public AttributionRun(QuoteDocument doc, ISpeakerResolver resolver)
    {
        _doc = doc;
        _resolver = resolver;
        _decisions = doc.Quotes.Select(_ => new SpeakerDecision()).ToArray();
        _topLevel = doc.Quotes.Where(q => q.Depth == 0).Select(q => q.Index).ToList();
        _topPosition = new int[doc.Quotes.Count];
        Array.Fill(_topPosition, -1);
        for (var i = 0; i < _topLevel.Count; i++) _topPosition[_topLevel[i]] = i;
    }

    public IReadOnlyList<QuoteAttribution> Run()
    {
        ReadNarration();
        foreach (var q in _doc.Quotes) FindExplicitSpeaker(q);
        foreach (var q in _doc.Quotes)
        {
            if (q.Depth == 0 && !_decisions[q.Index].IsAttributed && !_decisions[q.Index].AnonymousResponse)
                FindConversationalSpeaker(q);
            FindAddressee(q);
        }
        return _doc.Quotes.Select(q =>
        {
            var d = _decisions[q.Index];
            return new QuoteAttribution(q, d.Speakers, d.Rule, AttributionRules.ConfidenceOf(d.Rule),
                d.Addressee, d.AddresseeRule, AttributionRules.ConfidenceOf(d.AddresseeRule));
        }).ToList();
    }

    private string? Resolve(string surface)
    {
        if (!_resolved.TryGetValue(surface, out var id)) _resolved[surface] = id = _resolver.ActorIdFor(surface);
        return id;
    }

    /// <summary>The scene a position belongs to: scenes change at meetings, time shifts and partings.</summary>
    private int SceneOf(int offset)
    {
        var i = _sceneBreaks.BinarySearch(offset);
        return i >= 0 ? i + 1 : ~i;
    }

    private bool SameScene(int a, int b) => SceneOf(a) == SceneOf(b);

    /// <summary>A name starting at global token <paramref name="t"/>: a resolved actor, or an unknown capitalised name when allowed.</summary>
    private SpeakerRef? NameAt(int t, bool allowUnknown)
    {
        var tokens = _doc.Tokens;
        if (t < 0 || t >= tokens.Length || !tokens[t].IsWord) return null;
        var word = _doc.Word(t);
        if (Honorifics.IsHonorific(word))
            return t + 1 < tokens.Length && tokens[t + 1].Owner == tokens[t].Owner ? NameAt(t + 1, true) : null;
        if (!char.IsUpper(word[0])) return null;
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) return null;
        var surface = word.ToString();
        var id = Resolve(surface);
        if (id is not null) return new SpeakerRef(surface, id);
        var next = t + 1;
        if (next < tokens.Length && tokens[next].Owner == tokens[t].Owner && _doc.IsCapitalised(next))
        {
            var two = surface + " " + _doc.WordString(next);
            if (Resolve(two) is { } twoId) return new SpeakerRef(two, twoId);
        }
        if (!allowUnknown || SpeechLexicon.IsNotName(word) || SpeechLexicon.VerbOf(word) != VerbKind.None) return null;
        while (next < tokens.Length && next - t < 3 && tokens[next].Owner == tokens[t].Owner && _doc.IsCapitalised(next)
            && !SpeechLexicon.IsNotName(_doc.Word(next)) && tokens[next].Start - tokens[next - 1].End <= 1)
            surface += " " + _doc.WordString(next++);
        return new SpeakerRef(surface, Resolve(surface));
    }

    /// <summary>A name whose last word is at level position <paramref name="k"/> (walks back over a multi-word name).</summary>
    private SpeakerRef? NameEndingAt(int[] level, int k, bool allowUnknown)
    {
        if (!_doc.IsCapitalised(level[k])) return null;
        var start = k;
        while (start > 0 && k - start < 2 && _doc.IsCapitalised(level[start - 1]) && !SpeechLexicon.IsNotName(_doc.Word(level[start - 1]))
            && !Honorifics.IsHonorific(_doc.Word(level[start - 1])))
            start--;
        for (var s = start; s <= k; s++)
        {
            var name = NameAt(level[s], allowUnknown);
            if (name is not null) return name;
        }
        return null;
    }

    /// <summary>For each level position in [from, to), whether it sits inside balanced parentheses.</summary>
    private bool[] ParenthesisedIn(int[] level, int from, int to)
    {
        var inside = new bool[Math.Max(0, to - from)];
        var depth = 0;
        for (var k = to - 1; k >= from; k--)
        {
            if (_doc.Is(level[k], ')')) depth++;
            else if (_doc.Is(level[k], '(') && depth > 0)
            {
                depth--;
                inside[k - from] = true;
                continue;
            }
            inside[k - from] = depth > 0;
        }
        return inside;
    }
}
