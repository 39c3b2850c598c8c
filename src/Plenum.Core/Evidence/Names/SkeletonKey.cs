using System.Text;

namespace Plenum.Core.Evidence.Names;

/// <summary>
/// A spelling-independent key for a name: the romanisations that different languages give one Russian
/// name collapse to the same key (Sinowjew, Zinoviev, Zinovieff, Zinovʹyev → "zinovev").
/// </summary>
/// <remarks>
/// <para>Three steps. (1) Cyrillic is romanised with BGN/PCGN; scholarly letters (š ž č ŝ) are spelt out and
/// other diacritics folded; a soft sign before a vowel reads as "y". (2) Rules of the document's language,
/// and only of that language, because they contradict each other: German <c>tsch→ch, sch→sh, ch→kh, z→ts,
/// w→v, j→y</c> and a single s before a vowel at the start of a word or after a voiced consonant → z;
/// French <c>tch→ch, ch→sh, chtch→shch, dj→dzh, j→zh, ou→u, gu(e/i)→g</c>, final -ine → -in; English (older
/// spellings) <c>tch→ch, dj→dzh</c>. (3) One canonical alphabet for all: shch, sh, zh → S; ch → C; kh → h;
/// ts → c; x → ks; w → v; o after S or C → e (Khrushchev/Chruschtschow); y/i/j before a, e, u, o is dropped
/// (Pyatakov = Piatakov = Pjatakow); final -iy, -ii, -ij, -yi, -y → -i; remaining y, j → i; final -off/-eff →
/// -ov/-ev; doubled letters collapse.</para>
/// <para>The key is a candidate generator, not an identity: Uglanov/Ulyanov end up close, so merges stay
/// suggestions (see <see cref="ActorNameResolver"/>). Thread-safe.</para>
/// </remarks>
public static class SkeletonKey
{
    private const string Vowels = "aeiouy";

    /// <summary>The key of <paramref name="name"/> under the rules of <paramref name="language"/> (English rules when unknown).</summary>
    public static string For(string name, NameLanguage language)
    {
        ArgumentNullException.ThrowIfNull(name);
        var s = Transliterator.ContainsCyrillic(name) ? Transliterator.Transliterate(name, TransliterationSystem.BgnPcgn) : name;
        s = Normalise(s);
        s = language switch
        {
            NameLanguage.German => GermanRules(s),
            NameLanguage.French => FrenchRules(s),
            _ => EnglishRules(s),
        };
        return Canonical(s);
    }

    /// <summary>The key under the rules of the language named by <paramref name="language"/> (an ISO code or null).</summary>
    public static string For(string name, string? language) => For(name, NameLanguages.Parse(language));

    /// <summary>Lower case, scholarly letters spelt out, diacritics folded, signs read, non-letters as single spaces.</summary>
    private static string Normalise(string s)
    {
        s = s.ToLowerInvariant()
            .Replace("ŝ", "shch", StringComparison.Ordinal)
            .Replace("š", "sh", StringComparison.Ordinal)
            .Replace("ž", "zh", StringComparison.Ordinal)
            .Replace("č", "ch", StringComparison.Ordinal);
        s = DiacriticFolding.Fold(s);
        var output = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= 'a' and <= 'z')
            {
                output.Append(c);
            }
            else if (IsSign(c))
            {
                if (i + 1 < s.Length && s[i + 1] is 'a' or 'e' or 'o' or 'u') output.Append('y');
            }
            else if (output.Length > 0 && output[^1] != ' ')
            {
                output.Append(' ');
            }
        }
        if (output.Length > 0 && output[^1] == ' ') output.Length--;
        return output.ToString();
    }

    private static bool IsSign(char c) => c is '\'' or '’' or '‘' or '`' or '´' or '"' or '\u02B9' or '\u02BA' or '\u02BB' or '\u02BC';

    private static string GermanRules(string s)
    {
        s = s.Replace("tsch", "\u0001", StringComparison.Ordinal)
            .Replace("sch", "sh", StringComparison.Ordinal)
            .Replace("ch", "kh", StringComparison.Ordinal)
            .Replace("\u0001", "ch", StringComparison.Ordinal)
            .Replace("tz", "ts", StringComparison.Ordinal)
            .Replace("z", "ts", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace('w', 'v')
            .Replace('j', 'y');
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != 's' || i + 1 >= chars.Length || !Vowels.Contains(chars[i + 1])) continue;
            var previous = i == 0 ? ' ' : chars[i - 1];
            if (previous == ' ' || "bdglmnrv".Contains(previous)) chars[i] = 'z';
        }
        return new string(chars);
    }

    private static string FrenchRules(string s)
    {
        s = s.Replace("chtch", "\u0002", StringComparison.Ordinal)
            .Replace("tch", "\u0001", StringComparison.Ordinal)
            .Replace("ch", "sh", StringComparison.Ordinal)
            .Replace("\u0001", "ch", StringComparison.Ordinal)
            .Replace("\u0002", "shch", StringComparison.Ordinal)
            .Replace("dj", "\u0003", StringComparison.Ordinal)
            .Replace("j", "zh", StringComparison.Ordinal)
            .Replace("\u0003", "dzh", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("gue", "ge", StringComparison.Ordinal)
            .Replace("gui", "gi", StringComparison.Ordinal);
        return ReplaceAtWordEnd(s, "ine", "in");
    }

    private static string EnglishRules(string s) =>
        s.Replace("tch", "ch", StringComparison.Ordinal).Replace("dj", "dzh", StringComparison.Ordinal);

    private static string Canonical(string s)
    {
        s = ReplaceAtWordEnd(s, "eff", "ev");
        s = ReplaceAtWordEnd(s, "off", "ov");
        s = s.Replace("ck", "k", StringComparison.Ordinal)
            .Replace("shch", "S", StringComparison.Ordinal)
            .Replace("sch", "S", StringComparison.Ordinal)
            .Replace("zh", "S", StringComparison.Ordinal)
            .Replace("sh", "S", StringComparison.Ordinal)
            .Replace("ch", "C", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ts", "c", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace('w', 'v')
            .Replace('q', 'k');
        var output = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : ' ';
            var isGlide = c is 'y' or 'j' || (c == 'i' && next != 'o');
            if (isGlide && next is 'a' or 'e' or 'u' or 'o') continue;
            if (c is 'y' or 'j') c = 'i';
            if (c == 'o' && output.Length > 0 && output[^1] is 'S' or 'C') c = 'e';
            if (output.Length > 0 && output[^1] == c) continue;
            output.Append(c);
        }
        return output.ToString();
    }

    private static string ReplaceAtWordEnd(string s, string ending, string replacement)
    {
        if (!s.Contains(ending, StringComparison.Ordinal)) return s;
        var words = s.Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (words[i].Length > ending.Length && words[i].EndsWith(ending, StringComparison.Ordinal))
                words[i] = words[i][..^ending.Length] + replacement;
        return string.Join(' ', words);
    }
}
