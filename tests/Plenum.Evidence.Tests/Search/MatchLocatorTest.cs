using Plenum.Evidence.Search;

namespace Plenum.Evidence.Tests.Search;

public sealed class MatchLocatorTest
{
    [Fact]
    public void Find_PhraseAndWord_OffsetsInTheDocument()
    {
        const string text = "Bukharin said: \"I did not go to the Plenum again!\" Did he go?";

        var matches = MatchLocator.Find(SearchQuery.Parse("\"did not go\" plenum"), text, 1000);

        Assert.Equal([new TextSegment(1018, 1028), new TextSegment(1036, 1042)], matches);
        Assert.Equal("did not go", text[18..28]);
        Assert.Equal("Plenum", text[36..42]);
    }

    [Fact]
    public void Find_PrefixAndAccents_MatchAsTheIndexDoes()
    {
        const string text = "Ordjonikidzé and Bukharin; Boukharine.";

        var matches = MatchLocator.Find(SearchQuery.Parse("ordjonikidze bukh*"), text, 0);

        Assert.Equal([new TextSegment(0, 12), new TextSegment(17, 25)], matches);
    }

    [Fact]
    public void Find_ExcludedWord_NotHighlighted()
    {
        var matches = MatchLocator.Find(SearchQuery.Parse("tomsky -trotsky"), "Tomsky, not Trotsky.", 0);

        Assert.Equal([new TextSegment(0, 6)], matches);
    }

    [Fact]
    public void Snippet_LongText_CutAroundTheFirstMatchAtSpaces()
    {
        var text = string.Concat(Enumerable.Repeat("filler words here ", 20)) + "Kamenev asked " + string.Concat(Enumerable.Repeat("more text follows ", 20));
        var matches = MatchLocator.Find(SearchQuery.Parse("kamenev"), text, 50);

        var (snippet, start) = MatchLocator.Snippet(text, 50, matches);
        var hit = new SearchHit("doc-1", "t", "s", 50, 50 + text.Length, matches, snippet, start, 0);

        Assert.Equal(text[(start - 50)..(start - 50 + snippet.Length)], snippet);
        Assert.Contains("**Kamenev** asked", hit.Highlighted());
        Assert.True(snippet.Length <= 2 * MatchLocator.Context + 7 + 40);
        Assert.False(snippet.StartsWith(' '));
    }
}
