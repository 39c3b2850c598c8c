namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Finds every mention of a roster actor in a text: a gazetteer of all aliases and generated variants
/// (romanisations in every system, skeleton keys, initials, "Surname, G.") walked token by token, then each
/// span resolved to ranked actor suggestions by the <see cref="ActorNameResolver"/>.
/// </summary>
/// <remarks>
/// <para>One pass over the tokens; at each capitalised word or initial the trie is walked for the longest
/// variant, so the work is linear in the text (the walk is bounded by the longest variant). Key computation
/// and resolution are cached per distinct word and span within a call, which makes repeated names cheap.</para>
/// <para>A span takes in an honorific just before it (Comrade, tov., Genosse, camarade, товарищ) and leaves out a
/// possessive 's. Cyrillic words are looked up under the nominatives their case ending allows, whatever the
/// document's language. With <see cref="MentionFinderOptions.IncludeFuzzy"/>, capitalised words the trie does
/// not know are offered to the resolver for a Jaro–Winkler suggestion. Thread-safe: each call keeps its own caches.</para>
/// </remarks>
public sealed class MentionFinder
{
    private static readonly string[] DerivationalEndings =
        ["ist", "ists", "ite", "ites", "ism", "isms", "ian", "ians", "ismus", "isten", "iste", "istes", "isme", "ites", "ovtsy", "ovshchina"];

    private readonly NameGazetteer _gazetteer;

    /// <summary>A finder over the resolver's roster.</summary>
    public MentionFinder(ActorNameResolver resolver, MentionFinderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = resolver;
        Options = options ?? MentionFinderOptions.Default;
        _gazetteer = new NameGazetteer(resolver.Variants().Select(v => v.Variant));
    }

    /// <summary>The resolver that scores each span.</summary>
    public ActorNameResolver Resolver { get; }

    /// <summary>The options the finder was built with.</summary>
    public MentionFinderOptions Options { get; }

    /// <summary>Every mention in <paramref name="text"/>, in text order, for a document in <paramref name="language"/> (an ISO code, or null).</summary>
    public IReadOnlyList<ActorMention> Find(string text, string? language) => Find(text, NameLanguages.Parse(language));

    /// <summary>Every mention in <paramref name="text"/>, in text order, for a document in <paramref name="language"/>.</summary>
    public IReadOnlyList<ActorMention> Find(string text, NameLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = new Scan(this, text, language);
        return scan.Run();
    }

    private bool IsNameWord(NameToken token) =>
        token.Kind == NameTokenKind.Initial || (token.Kind == NameTokenKind.Word && (token.Capitalised || !Options.RequireCapitals));

    private static bool HasDerivationalEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in DerivationalEndings)
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The state of one call: the text, its tokens and the per-call caches.</summary>
    private sealed class Scan(MentionFinder finder, string text, NameLanguage language)
    {
        private readonly Dictionary<string, string[]> _wordKeys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fuzzyMisses = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<NameSuggestion>> _resolved = new(StringComparer.Ordinal);
        private List<NameToken> _tokens = [];

        public IReadOnlyList<ActorMention> Run()
        {
            _tokens = NameTokenizer.Tokenize(text);
            var mentions = new List<ActorMention>();
            var active = new List<NameGazetteer.Node>();
            var next = new List<NameGazetteer.Node>();
            var i = 0;
            while (i < _tokens.Count)
            {
                var token = _tokens[i];
                if (!finder.IsNameWord(token))
                {
                    i++;
                    continue;
                }
                var last = LongestMatch(i, active, next);
                if (last >= 0 && TryMention(i, last, mentions))
                {
                    i = last + 1;
                    continue;
                }
                if (finder.Options.IncludeFuzzy && token.Kind == NameTokenKind.Word) TryFuzzy(i, mentions);
                i++;
            }
            return mentions;
        }

        /// <summary>The index of the last token of the longest variant starting at <paramref name="first"/> that holds a word, or -1.</summary>
        private int LongestMatch(int first, List<NameGazetteer.Node> active, List<NameGazetteer.Node> next)
        {
            active.Clear();
            active.Add(finder._gazetteer.Root);
            var last = -1;
            var sawWord = false;
            var limit = Math.Min(_tokens.Count, first + finder._gazetteer.MaxDepth);
            for (var j = first; j < limit; j++)
            {
                var token = _tokens[j];
                if (token.Kind != NameTokenKind.Comma && !finder.IsNameWord(token)) break;
                next.Clear();
                foreach (var key in KeysOf(token))
                    foreach (var node in active)
                        if (node.Child(key) is { } child && !next.Contains(child)) next.Add(child);
                if (next.Count == 0) break;
                sawWord |= token.Kind == NameTokenKind.Word;
                if (sawWord && next.Exists(n => n.Terminal)) last = j;
                (active, next) = (next, active);
            }
            return last;
        }

        private string[] KeysOf(NameToken token)
        {
            if (token.Kind == NameTokenKind.Comma) return [","];
            var span = text.AsSpan(token.Start, token.NameLength);
            if (token.Kind == NameTokenKind.Initial) return [NameGazetteer.InitialKey(span.ToString())];
            var lookup = _wordKeys.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out var keys)) return keys;
            var word = span.ToString();
            _wordKeys[word] = keys = NameGazetteer.TextWordKeys(word, language);
            return keys;
        }

        private bool TryMention(int first, int last, List<ActorMention> mentions)
        {
            var start = HonorificStart(first);
            var end = _tokens[last].Kind == NameTokenKind.Word ? _tokens[last].NameEnd : _tokens[last].End;
            var surface = text[start..end];
            var suggestions = Resolve(surface);
            if (suggestions.Count == 0) return false;
            mentions.Add(new ActorMention(start, end - start, surface, suggestions));
            return true;
        }

        private void TryFuzzy(int index, List<ActorMention> mentions)
        {
            var token = _tokens[index];
            if (token.NameLength < 4) return;
            var word = text.AsSpan(token.Start, token.NameLength);
            var misses = _fuzzyMisses.GetAlternateLookup<ReadOnlySpan<char>>();
            if (misses.Contains(word) || HasDerivationalEnding(word) || Honorifics.IsHonorific(word)) return;
            var keys = KeysOf(token).AsSpan();
            var found = (token.Cyrillic || finder.Resolver.MayMatchFuzzily(keys)) && TryMention(index, index, mentions);
            if (!found && HonorificStart(index) == token.Start) misses.Add(word);
        }

        private int HonorificStart(int first)
        {
            var start = _tokens[first].Start;
            if (first >= 1 && IsHonorific(_tokens[first - 1])) return _tokens[first - 1].Start;
            if (first >= 2 && _tokens[first - 1].Kind == NameTokenKind.Break && _tokens[first - 1].Length == 1
                && text[_tokens[first - 1].Start] == '.' && _tokens[first - 1].Start == _tokens[first - 2].End && IsHonorific(_tokens[first - 2]))
                return _tokens[first - 2].Start;
            return start;
        }

        private bool IsHonorific(NameToken token) =>
            token.Kind is NameTokenKind.Word or NameTokenKind.Initial && Honorifics.IsHonorific(text.AsSpan(token.Start, token.NameLength));

        private IReadOnlyList<NameSuggestion> Resolve(string surface)
        {
            if (!_resolved.TryGetValue(surface, out var suggestions))
                _resolved[surface] = suggestions = finder.Resolver.Resolve(surface, language);
            return suggestions;
        }
    }
}
