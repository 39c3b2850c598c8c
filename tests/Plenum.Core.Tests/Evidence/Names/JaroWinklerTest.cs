using Plenum.Core.Evidence.Names;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>
/// Jaro–Winkler against the textbook values (Winkler 1990, as quoted in the record-linkage literature) and the
/// research notes' raw-string table (evidence-layer.md §3.3, measured with F23.StringSimilarity).
/// </summary>
public class JaroWinklerTest
{
    private const double Tolerance = 0.0005;

    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    public void Similarity_TextbookPairs_MatchPublishedValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), Tolerance);

    [Theory]
    [InlineData("tomsky", "trotsky", 0.864)]
    [InlineData("uglanov", "ulyanov", 0.914)]
    [InlineData("zinoviev", "sinowjew", 0.667)]
    [InlineData("pjatakow", "pyatakov", 0.850)]
    [InlineData("jeschow", "yezhov", 0.643)]
    [InlineData("chruschtschow", "khrushchev", 0.699)]
    [InlineData("trotzki", "trotsky", 0.886)]
    [InlineData("kamenev", "kaganovich", 0.657)]
    public void Similarity_NotesRawPairs_MatchTheNotes(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), Tolerance);

    [Theory]
    [InlineData("kaganowitsch", "kaganovich", 0.942, 0.930)]
    [InlineData("ordschonikidse", "ordzhonikidze", 0.904, 0.914)]
    [InlineData("zinoviev", "zinovyeva", 0.942, 0.931)]
    public void Similarity_LongCommonPrefix_DiffersFromLibraryOnlyByThePrefixRule(string a, string b, double notes, double ours)
    {
        Assert.Equal(ours, JaroWinkler.Similarity(a, b), Tolerance);
        Assert.Equal(notes, LibraryStyleJaroWinkler(a, b), Tolerance);
    }

    [Fact]
    public void Similarity_EqualAndDisjointStrings_AreOneAndZero()
    {
        Assert.Equal(1.0, JaroWinkler.Similarity("stalin", "stalin"));
        Assert.Equal(0.0, JaroWinkler.Similarity("abc", "xyz"));
        Assert.Equal(1.0, JaroWinkler.Similarity("", ""));
        Assert.Equal(0.0, JaroWinkler.Similarity("", "a"));
    }

    [Fact]
    public void Similarity_IsSymmetric() =>
        Assert.Equal(JaroWinkler.Similarity("ordschonikidse", "ordzhonikidze"), JaroWinkler.Similarity("ordzhonikidze", "ordschonikidse"), 1e-12);

    /// <summary>
    /// Test oracle for the variant common in libraries (it reproduces the notes' figures): Jaro as usual, then a boost
    /// over the whole common prefix (not capped at four) scaled by min(0.1, 1 / longer length), above Jaro 0.7.
    /// </summary>
    private static double LibraryStyleJaroWinkler(string a, string b)
    {
        var jaro = JaroWinkler.Jaro(a, b);
        if (jaro <= 0.7) return jaro;
        var prefix = 0;
        while (prefix < Math.Min(a.Length, b.Length) && a[prefix] == b[prefix]) prefix++;
        return jaro + Math.Min(0.1, 1.0 / Math.Max(a.Length, b.Length)) * prefix * (1 - jaro);
    }
}
