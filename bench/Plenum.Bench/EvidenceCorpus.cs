using System.Text;

namespace Plenum.Bench;

/// <summary>
/// Deterministic English-like text for the evidence benchmarks: sentences and paragraphs of words drawn from a
/// Zipf distribution (s = 1.07) over a vocabulary of function words, names of the 1929 Politburo and 40,000
/// made-up words, so that the index sees a realistic mix of very common and rare terms. The rare marker word
/// <see cref="RareWord"/> is planted about once per 10 MB.
/// </summary>
internal sealed class EvidenceCorpus
{
    /// <summary>A word that occurs about once per 10 MB of text.</summary>
    public const string RareWord = "sinowjew";

    private static readonly string[] Common =
    [
        "the", "of", "and", "to", "a", "in", "that", "he", "was", "is", "it", "for", "on", "with", "as", "his", "by", "at", "not", "this",
        "had", "be", "which", "from", "but", "have", "they", "were", "we", "said", "did", "go", "party", "plenum", "commission", "stalin",
        "bukharin", "kamenev", "rykov", "tomsky", "zinoviev", "molotov", "kalinin", "voroshilov", "platform", "central", "committee", "line",
        "right", "left", "opposition", "politburo", "resolution", "vote", "again", "would", "there", "their", "all", "one", "what", "when",
    ];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public EvidenceCorpus(int inventedWords = 40_000)
    {
        var random = new Random(1929);
        var words = new List<string>(Common);
        var seen = new HashSet<string>(Common);
        string[] onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch", "kh", "st", "tr", "pr", "gr"];
        string[] vowels = ["a", "e", "i", "o", "u", "ia", "ie", "ov", "in", "ev"];
        while (words.Count < Common.Length + inventedWords)
        {
            var syllables = 1 + random.Next(4);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++) word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]);
            if (word.ToString() != RareWord && seen.Add(word.ToString())) words.Add(word.ToString());
        }
        _vocabulary = [.. words];
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < _vocabulary.Length; i++) _cumulative[i] = total += 1 / Math.Pow(i + 1, 1.07);
        for (var i = 0; i < _cumulative.Length; i++) _cumulative[i] /= total;
    }

    /// <summary>About <paramref name="characters"/> characters of text (ASCII, so as many UTF-8 bytes), the same for the same seed.</summary>
    public string Text(int characters, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(characters + 2000);
        var nextRare = random.Next(characters);
        while (text.Length < characters)
        {
            var sentences = 2 + random.Next(6);
            for (var s = 0; s < sentences; s++)
            {
                var words = 6 + random.Next(20);
                for (var w = 0; w < words; w++)
                {
                    var word = text.Length >= nextRare ? RareWord : Word(random);
                    if (word == RareWord) nextRare = int.MaxValue;
                    if (w == 0) text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                    else text.Append(' ').Append(word);
                }
                text.Append(s == sentences - 1 ? ".\n\n" : ". ");
            }
        }
        return text.ToString();
    }

    private string Word(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }
}
