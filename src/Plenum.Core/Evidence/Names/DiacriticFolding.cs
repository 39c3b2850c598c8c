using System.Text;

namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Folds Latin letters with diacritics to plain ASCII letters (Ordjonikidzé → Ordjonikidze, Kroupskaïa →
/// Kroupskaia, Jānis → Janis) and drops combining marks such as the Library of Congress tie bar.
/// </summary>
/// <remarks>
/// Written as a table rather than with <see cref="string.Normalize()"/> because the application runs with
/// invariant globalisation, where Unicode decomposition is not available. Letters outside the table pass
/// through unchanged. Thread-safe.
/// </remarks>
public static class DiacriticFolding
{
    private static readonly Dictionary<char, string> Table = BuildTable();

    /// <summary>The text with diacritics removed; ß, æ, œ, ø, ł, đ, þ become ss, ae, oe, o, l, d, th.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needsWork = false;
        foreach (var c in text)
        {
            if (c >= '\u00C0' || c is >= '\u0300' and <= '\u036F')
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork) return text;
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsCombiningMark(c)) continue;
            if (Table.TryGetValue(c, out var plain)) output.Append(plain);
            else output.Append(c);
        }
        return output.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark (U+0300–U+036F, U+1AB0–U+1AFF, U+20D0–U+20FF, U+FE20–U+FE2F).</summary>
    public static bool IsCombiningMark(char c) =>
        c is >= '\u0300' and <= '\u036F' or >= '\u1AB0' and <= '\u1AFF' or >= '\u20D0' and <= '\u20FF' or >= '\uFE20' and <= '\uFE2F';

    private static Dictionary<char, string> BuildTable()
    {
        (string Letters, string Plain)[] groups =
        [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"),
            ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"),
            ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"),
            ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"),
            ("ĥħ", "h"), ("ĤĦ", "H"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "I"),
            ("ĵ", "j"), ("Ĵ", "J"),
            ("ķ", "k"), ("Ķ", "K"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "L"),
            ("ñńņňŉ", "n"), ("ÑŃŅŇ", "N"),
            ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("ŕŗř", "r"), ("ŔŖŘ", "R"),
            ("śŝşšș", "s"), ("ŚŜŞŠȘ", "S"),
            ("ţťŧț", "t"), ("ŢŤŦȚ", "T"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
            ("ŵ", "w"), ("Ŵ", "W"),
            ("ýÿŷ", "y"), ("ÝŸŶ", "Y"),
            ("źżž", "z"), ("ŹŻŽ", "Z"),
        ];
        var table = new Dictionary<char, string>();
        foreach (var (letters, plain) in groups)
            foreach (var letter in letters) table[letter] = plain;
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "AE";
        table['œ'] = "oe";
        table['Œ'] = "OE";
        table['þ'] = "th";
        table['Þ'] = "TH";
        table['ð'] = "d";
        table['Ð'] = "D";
        return table;
    }
}
