using Plenum.Core.Evidence.Names;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>
/// Skeleton keys: the spellings of one person collapse under their own language's rules, the rules stay
/// gated by language, and the hard negatives of the notes (§3.3) stay apart.
/// </summary>
public class SkeletonKeyTest
{
    [Theory]
    [InlineData("Sinowjew", "de", "Zinoviev")]
    [InlineData("Pjatakow", "de", "Pyatakov")]
    [InlineData("Kaganowitsch", "de", "Kaganovich")]
    [InlineData("Ordschonikidse", "de", "Ordzhonikidze")]
    [InlineData("Jeschow", "de", "Yezhov")]
    [InlineData("Chruschtschow", "de", "Khrushchev")]
    [InlineData("Trotzki", "de", "Trotsky")]
    [InlineData("Bucharin", "de", "Bukharin")]
    [InlineData("Woroschilow", "de", "Voroshilov")]
    [InlineData("Boukharine", "fr", "Bukharin")]
    [InlineData("Zinovieff", "fr", "Zinoviev")]
    [InlineData("Kroupskaïa", "fr", "Krupskaya")]
    [InlineData("Ordjonikidzé", "fr", "Ordzhonikidze")]
    [InlineData("Tchoubar", "fr", "Chubar")]
    [InlineData("Iejov", "fr", "Yezhov")]
    [InlineData("Kaganovitch", "en", "Kaganovich")]
    [InlineData("Ordjonikidze", "en", "Ordzhonikidze")]
    [InlineData("Piatakoff", "en", "Pyatakov")]
    [InlineData("Zinov'ev", "en", "Zinoviev")]
    [InlineData("Kujbyšev", "en", "Kuybyshev")]
    [InlineData("Зиновьев", "ru", "Zinoviev")]
    public void For_SpellingsOfOnePerson_HaveTheEnglishKeyOfTheStandardForm(string spelling, string language, string standard) =>
        Assert.Equal(SkeletonKey.For(standard, "en"), SkeletonKey.For(spelling, language));

    [Fact]
    public void For_GermanOnlyRule_DoesNotApplyToEnglishText()
    {
        Assert.Equal("sokolnikov", SkeletonKey.For("Sokolnikov", "en"));
        Assert.Equal("zokolnikov", SkeletonKey.For("Sokolnikov", "de"));
        Assert.NotEqual(SkeletonKey.For("Zinoviev", "en"), SkeletonKey.For("Sinowjew", "en"));
    }

    [Fact]
    public void For_FrenchAndGermanCh_ReadDifferently()
    {
        Assert.Equal(SkeletonKey.For("Bukharin", "en"), SkeletonKey.For("Bucharin", "de"));
        Assert.NotEqual(SkeletonKey.For("Bukharin", "en"), SkeletonKey.For("Bucharin", "fr"));
    }

    [Theory]
    [InlineData("Tomsky", "Trotsky")]
    [InlineData("Uglanov", "Ulyanov")]
    [InlineData("Zinoviev", "Zinovyeva")]
    [InlineData("Kamenev", "Kaganovich")]
    public void For_HardNegatives_KeepDistinctKeys(string a, string b) =>
        Assert.NotEqual(SkeletonKey.For(a, "en"), SkeletonKey.For(b, "en"));

    [Theory]
    [InlineData("Tomsky", "Trotsky", 0.800)]
    [InlineData("Uglanov", "Ulyanov", 0.957)]
    [InlineData("Zinoviev", "Zinovyeva", 0.975)]
    [InlineData("Zinoviev", "Sinowjew", 1.000)]
    public void For_HardNegativesOnKeys_ScoreAsDocumented(string a, string b, double expected)
    {
        var language = b == "Sinowjew" ? "de" : "en";
        Assert.Equal(expected, JaroWinkler.Similarity(SkeletonKey.For(a, "en"), SkeletonKey.For(b, language)), 0.0005);
    }

    [Fact]
    public void Fold_Diacritics_BecomePlainLetters() =>
        Assert.Equal("Ordjonikidze Kroupskaia Janis Strasse Lodz", DiacriticFolding.Fold("Ordjonikidzé Kroupskaïa Jānis Straße Łódź"));
}
