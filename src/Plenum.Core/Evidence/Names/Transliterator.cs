using System.Text;

namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Romanises Russian Cyrillic with a named system. Characters that are not Cyrillic letters pass through
/// unchanged, so a mixed text keeps its Latin words and punctuation.
/// </summary>
/// <remarks>
/// The tables are written here (not taken from ICU) so the layer has no native dependency and the rules each
/// system applies in context are visible: BGN/PCGN writes е as "ye" at the start of a word and after a vowel,
/// й, ъ or ь; German writes ц as "tz" after a vowel and с as "ss" between vowels; French adds "e" to a final
/// -ин (Staline, Boukharine) and writes г before a front vowel as "gu". Case follows the source letter; a word
/// written in capitals stays in capitals. Thread-safe: the class holds no state.
/// </remarks>
public static partial class Transliterator
{
    /// <summary>Every system, in the order the resolver tries them.</summary>
    public static IReadOnlyList<TransliterationSystem> AllSystems { get; } =
    [
        TransliterationSystem.BgnPcgn,
        TransliterationSystem.LibraryOfCongress,
        TransliterationSystem.LibraryOfCongressAscii,
        TransliterationSystem.German,
        TransliterationSystem.French,
    ];

    /// <summary>The text with every Russian Cyrillic letter romanised by <paramref name="system"/>.</summary>
    public static string Transliterate(string text, TransliterationSystem system)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ContainsCyrillic(text)) return text;
        var output = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsCyrillicLetter(c))
            {
                output.Append(c);
                continue;
            }
            var context = new LetterContext(text, i);
            var latin = system switch
            {
                TransliterationSystem.BgnPcgn => Bgn(context),
                TransliterationSystem.LibraryOfCongress => LibraryOfCongress(context, ascii: false),
                TransliterationSystem.LibraryOfCongressAscii => LibraryOfCongress(context, ascii: true),
                TransliterationSystem.German => German(context),
                TransliterationSystem.French => French(context),
                _ => throw new ArgumentOutOfRangeException(nameof(system), system, "unknown transliteration system"),
            };
            AppendWithCase(output, latin, context);
        }
        return output.ToString();
    }

    /// <summary>The distinct romanisations of <paramref name="text"/> in every system, in <see cref="AllSystems"/> order.</summary>
    public static IReadOnlyList<(TransliterationSystem System, string Latin)> AllRomanisations(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(TransliterationSystem, string)>();
        foreach (var system in AllSystems)
        {
            var latin = Transliterate(text, system);
            if (seen.Add(latin)) result.Add((system, latin));
        }
        return result;
    }

    /// <summary>Whether the text holds at least one Cyrillic letter.</summary>
    public static bool ContainsCyrillic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (IsCyrillicLetter(c)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="c"/> is a letter of the Cyrillic block (Russian and its neighbours).</summary>
    public static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF' && char.IsLetter(c);

    private static void AppendWithCase(StringBuilder output, string latin, LetterContext context)
    {
        if (latin.Length == 0) return;
        if (!char.IsUpper(context.Original))
        {
            output.Append(latin);
            return;
        }
        var wholeWordInCapitals = (context.NextIsLetter && char.IsUpper(context.NextOriginal))
            || (context.AtEnd && context.PreviousIsLetter && char.IsUpper(context.PreviousOriginal));
        if (wholeWordInCapitals)
        {
            output.Append(latin.ToUpperInvariant());
            return;
        }
        var first = 0;
        while (first < latin.Length && !char.IsLetter(latin[first])) first++;
        if (first == latin.Length)
        {
            output.Append(latin);
            return;
        }
        output.Append(latin, 0, first).Append(char.ToUpperInvariant(latin[first])).Append(latin, first + 1, latin.Length - first - 1);
    }
}
