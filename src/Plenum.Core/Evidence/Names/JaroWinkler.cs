namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Jaro and Jaro–Winkler similarity (Jaro 1989; Winkler 1990): 1 for equal strings, 0 for strings with no
/// character in common within the matching window.
/// </summary>
/// <remarks>
/// The Winkler boost rewards a common prefix of up to four characters with scale 0.1, and only when the
/// Jaro score exceeds 0.7 (Winkler's boost threshold). This reproduces the textbook values MARTHA/MARHTA
/// 0.961, DWAYNE/DUANE 0.840 and DIXON/DICKSONX 0.813. Some libraries do not cap the prefix and scale it by
/// min(0.1, 1/longer length); they give higher figures for names sharing five or more leading letters
/// (Kaganowitsch/Kaganovich 0.942 there, 0.930 here); docs/evidence/names.md compares the two. Comparison
/// is ordinal: callers fold case and diacritics first. Thread-safe.
/// </remarks>
public static class JaroWinkler
{
    /// <summary>Winkler's prefix scale.</summary>
    public const double PrefixScale = 0.1;

    /// <summary>Winkler's longest prefix that earns the boost.</summary>
    public const int MaxPrefix = 4;

    /// <summary>Jaro scores at or below this get no prefix boost.</summary>
    public const double BoostThreshold = 0.7;

    /// <summary>The Jaro–Winkler similarity of <paramref name="a"/> and <paramref name="b"/>, in [0, 1].</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold) return jaro;
        var prefix = 0;
        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    /// <summary>The Jaro similarity of <paramref name="a"/> and <paramref name="b"/>, in [0, 1].</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0) return 1.0;
        if (a.Length == 0 || b.Length == 0) return 0.0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j]) continue;
                aMatched[i] = true;
                bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0.0;
        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i]) continue;
            while (!bMatched[k]) k++;
            if (a[i] != b[k]) halfTranspositions++;
            k++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - halfTranspositions / 2.0) / m) / 3.0;
    }
}
