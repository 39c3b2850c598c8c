namespace Plenum.Core.Evidence.Names;

/// <summary>
/// A trie over the token keys of every name variant of the roster: walking it from a token finds the
/// longest name that starts there in time bounded by the longest variant, so a scan is linear in the text.
/// </summary>
/// <remarks>
/// Each variant token is inserted under its folded spelling and its skeleton keys under every rule set; a
/// text token is looked up under its folded spelling and its keys under the document's rule sets (and, for
/// Cyrillic, under the nominatives its case ending allows). Matching keys here only finds spans; the
/// resolver decides, with scores, what each span refers to.
/// </remarks>
internal sealed class NameGazetteer
{
    private static readonly NameLanguage[] AllRuleSets = [NameLanguage.English, NameLanguage.German, NameLanguage.French];

    private readonly Node _root = new();

    public NameGazetteer(IEnumerable<string> variants)
    {
        foreach (var variant in variants) Insert(variant);
    }

    /// <summary>The longest number of tokens of any variant.</summary>
    public int MaxDepth { get; private set; }

    public Node Root => _root;

    private void Insert(string variant)
    {
        var tokens = NameTokenizer.Tokenize(variant);
        if (tokens.Count == 0 || tokens.Any(t => t.Kind == NameTokenKind.Break)) return;
        var keySets = tokens.Select(t => VariantKeys(variant, t)).ToList();
        MaxDepth = Math.Max(MaxDepth, keySets.Count);
        var frontier = new List<Node> { _root };
        foreach (var keys in keySets)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
                foreach (var key in keys)
                {
                    var child = node.GetOrAdd(key);
                    if (!next.Contains(child)) next.Add(child);
                }
            frontier = next;
        }
        foreach (var node in frontier) node.Terminal = true;
    }

    private static IEnumerable<string> VariantKeys(string text, NameToken token)
    {
        var word = text.Substring(token.Start, token.NameLength);
        return token.Kind switch
        {
            NameTokenKind.Comma => [","],
            NameTokenKind.Initial => [InitialKey(word)],
            _ => AllRuleSets.Select(r => SkeletonKey.For(word, r)).Append(NameParser.FoldLower(word)).Where(k => k.Length > 0).Distinct(),
        };
    }

    /// <summary>The key of an initial: its romanised first letter and a period.</summary>
    public static string InitialKey(string letters) => NameParser.InitialLetter(letters) + ".";

    /// <summary>
    /// The distinct keys a word of running text is looked up under in a document in <paramref name="language"/>:
    /// its folded spelling and its skeleton keys (and those of the readings without a case ending or -s).
    /// </summary>
    public static string[] TextWordKeys(string word, NameLanguage language)
    {
        var keys = new List<string> { NameParser.FoldLower(word) };
        if (Transliterator.ContainsCyrillic(word))
        {
            keys.Add(SkeletonKey.For(word, NameLanguage.English));
            foreach (var (nominative, _) in RussianInflection.NominativeCandidates(word))
            {
                keys.Add(NameParser.FoldLower(nominative));
                keys.Add(SkeletonKey.For(nominative, NameLanguage.English));
            }
        }
        else
        {
            foreach (var rules in NameLanguages.RuleSetsFor(language)) keys.Add(SkeletonKey.For(word, rules));
            if (language is NameLanguage.German or NameLanguage.Unknown && word.Length > 4 && word.EndsWith('s'))
            {
                keys.Add(NameParser.FoldLower(word[..^1]));
                foreach (var rules in NameLanguages.RuleSetsFor(language)) keys.Add(SkeletonKey.For(word[..^1], rules));
            }
        }
        return keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>A trie node: children by token key, and whether a variant ends here.</summary>
    internal sealed class Node
    {
        private Dictionary<string, Node>? _children;

        public bool Terminal { get; set; }

        public Node? Child(string key) => _children is not null && _children.TryGetValue(key, out var child) ? child : null;

        public Node GetOrAdd(string key)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child)) _children[key] = child = new Node();
            return child;
        }
    }
}
