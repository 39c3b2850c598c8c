using Plenum.Core.Evidence.Names;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>
/// The five systems on the names of the research notes' table (evidence-layer.md §3.3: BGN/PCGN as ICU's
/// Russian-Latin/BGN prints it) and the German and French forms of §3.1.
/// </summary>
public class TransliteratorTest
{
    public static TheoryData<string, string, string, string, string, string> NotesTable => new()
    {
        // Cyrillic, BGN/PCGN (= ICU Russian-Latin/BGN column of §3.3), LoC, LoC ASCII, German (§3.1), French (§3.1)
        { "Бухарин", "Bukharin", "Bukharin", "Bukharin", "Bucharin", "Boukharine" },
        { "Орджоникидзе", "Ordzhonikidze", "Ordzhonikidze", "Ordzhonikidze", "Ordschonikidse", "Ordjonikidzé" },
        { "Каганович", "Kaganovich", "Kaganovich", "Kaganovich", "Kaganowitsch", "Kaganovitch" },
        { "Пятаков", "Pyatakov", "Pi\u0361atakov", "Piatakov", "Pjatakow", "Piatakov" },
        { "Крупская", "Krupskaya", "Krupskai\u0361a", "Krupskaia", "Krupskaja", "Kroupskaïa" },
        { "Зиновьев", "Zinov\u02B9yev", "Zinov\u02B9ev", "Zinov'ev", "Sinowjew", "Zinoviev" },
        { "Троцкий", "Trotskiy", "Trot\u0361ski\u012D", "Trotskii", "Trotzki", "Trotski" },
        { "Хрущёв", "Khrushchëv", "Khrushchëv", "Khrushchev", "Chruschtschow", "Khrouchtchev" },
        { "Ежов", "Yezhov", "Ezhov", "Ezhov", "Jeschow", "Iejov" },
    };

    [Theory]
    [MemberData(nameof(NotesTable))]
    public void Transliterate_NotesTableNames_MatchEachSystem(string cyrillic, string bgn, string loc, string locAscii, string german, string french)
    {
        Assert.Equal(bgn, Transliterator.Transliterate(cyrillic, TransliterationSystem.BgnPcgn));
        Assert.Equal(loc, Transliterator.Transliterate(cyrillic, TransliterationSystem.LibraryOfCongress));
        Assert.Equal(locAscii, Transliterator.Transliterate(cyrillic, TransliterationSystem.LibraryOfCongressAscii));
        Assert.Equal(german, Transliterator.Transliterate(cyrillic, TransliterationSystem.German));
        Assert.Equal(french, Transliterator.Transliterate(cyrillic, TransliterationSystem.French));
    }

    [Theory]
    [InlineData("Андреев", TransliterationSystem.BgnPcgn, "Andreyev")]
    [InlineData("Андреев", TransliterationSystem.German, "Andrejew")]
    [InlineData("Андреев", TransliterationSystem.French, "Andreïev")]
    [InlineData("Куйбышев", TransliterationSystem.German, "Kuibyschew")]
    [InlineData("Куйбышев", TransliterationSystem.French, "Kouïbychev")]
    [InlineData("Микоян", TransliterationSystem.German, "Mikojan")]
    [InlineData("Косиор", TransliterationSystem.French, "Kossior")]
    [InlineData("Сталин", TransliterationSystem.French, "Staline")]
    [InlineData("Чубарь", TransliterationSystem.French, "Tchoubar")]
    [InlineData("Чубарь", TransliterationSystem.BgnPcgn, "Chubar\u02B9")]
    [InlineData("Ворошилов", TransliterationSystem.German, "Woroschilow")]
    [InlineData("Ёлкин", TransliterationSystem.BgnPcgn, "Yëlkin")]
    public void Transliterate_ContextRules_FollowTheSystem(string cyrillic, TransliterationSystem system, string expected) =>
        Assert.Equal(expected, Transliterator.Transliterate(cyrillic, system));

    [Fact]
    public void Transliterate_WordInCapitals_StaysInCapitals() =>
        Assert.Equal("ZHUKOV i Zhukov", Transliterator.Transliterate("ЖУКОВ и Жуков", TransliterationSystem.BgnPcgn));

    [Fact]
    public void Transliterate_LatinAndPunctuation_PassThrough() =>
        Assert.Equal("Bucharin (Bukharin), 1929.", Transliterator.Transliterate("Bucharin (Бухарин), 1929.", TransliterationSystem.BgnPcgn));

    [Fact]
    public void AllRomanisations_Bukharin_GivesTheThreeDistinctForms()
    {
        var forms = Transliterator.AllRomanisations("Бухарин").Select(r => r.Latin);

        Assert.Equal(["Bukharin", "Bucharin", "Boukharine"], forms);
    }
}
