using Plenum.Core.Evidence.Names;

namespace Plenum.Core.Tests.Evidence.Names;

/// <summary>
/// Mentions in the 1929 source against the hand-made list of every person-name spelling in it
/// (Fixtures/names/militant-1929-spellings.tsv), and in a German/French/English/Russian test text.
/// </summary>
public class MentionFinderTest
{
    private static readonly MentionFinder Finder = new(NameTestScenario.Resolver);

    [Fact]
    public void Find_Source1929_EverySpellingResolvesToItsActor()
    {
        var text = NameTestScenario.Source1929;
        var mentions = Finder.Find(text, "en");
        var expected = NameTestScenario.Rows("militant-1929-spellings.tsv").Where(r => r[1] != "-").ToList();

        foreach (var row in expected)
        {
            var (spelling, actor, count) = (row[0], row[1], int.Parse(row[2]));
            var found = mentions.Where(m => WrittenForm(text, m) == spelling).ToList();
            Assert.True(found.Count == count, $"{spelling}: expected {count} mentions, found {found.Count}");
            Assert.All(found, m => Assert.Equal(actor, m.Best.ActorId));
        }
        Assert.Equal(expected.Sum(r => int.Parse(r[2])), mentions.Count);
    }

    [Fact]
    public void Resolve_Source1929Spellings_ResolveToTheirActorOrToNobody()
    {
        foreach (var row in NameTestScenario.Rows("militant-1929-spellings.tsv"))
        {
            var suggestions = NameTestScenario.Resolver.Resolve(row[0], "en");
            if (row[1] == "-") Assert.True(suggestions.Count == 0, $"{row[0]} should name no actor, got {suggestions.FirstOrDefault()}");
            else Assert.Equal(row[1], suggestions[0].ActorId);
        }
    }

    [Fact]
    public void Find_Source1929_SpansPointIntoTheText()
    {
        var text = NameTestScenario.Source1929;

        var mentions = Finder.Find(text, "en");

        Assert.All(mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        Assert.Equal(mentions.OrderBy(m => m.Start).Select(m => m.Start), mentions.Select(m => m.Start));
        var first = mentions[0];
        Assert.Equal(("Kamenev", text.IndexOf("Kamenev", StringComparison.Ordinal)), (first.Surface, first.Start));
    }

    [Fact]
    public void Find_MultilingualText_FindsEveryMentionInItsParagraph()
    {
        var paragraphs = File.ReadAllText(TestPaths.Fixture("names", "multilingual-mentions.txt")).Split("\n\n");
        var key = NameTestScenario.Rows("multilingual-mentions.tsv").ToList();
        string[] languages = ["de", "fr", "en", "ru"];

        for (var p = 0; p < languages.Length; p++)
        {
            var expected = key.Where(r => r[0] == languages[p]).Select(r => (r[1], r[2])).ToList();
            var found = Finder.Find(paragraphs[p], languages[p]).Select(m => (m.Surface, m.Best.ActorId)).ToList();
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Find_MultilingualTextWithoutLanguage_FindsTheSameActors()
    {
        var text = File.ReadAllText(TestPaths.Fixture("names", "multilingual-mentions.txt"));
        var expected = NameTestScenario.Rows("multilingual-mentions.tsv").Select(r => r[2]).ToList();

        var found = Finder.Find(text, language: (string?)null).Select(m => m.Best.ActorId).ToList();

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Find_HonorificAndPossessive_SpanTheNameWithTheHonorificOnly()
    {
        const string text = "Later Comrade Stalin's letter reached Genosse Bucharin and tov. Kalinin.";

        var mentions = Finder.Find(text, "en");

        Assert.Equal(["Comrade Stalin", "Genosse Bucharin", "tov. Kalinin"], mentions.Select(m => m.Surface));
        Assert.Equal(text.IndexOf("Comrade", StringComparison.Ordinal), mentions[0].Start);
    }

    [Fact]
    public void Find_DerivedWordsAndOtherPeople_AreNotMentions()
    {
        const string text = "The Stalinists, the Zinovievists and a Trotskyite met Trotsky, Lenin and Ulyanov.";

        Assert.Empty(Finder.Find(text, "en"));
    }

    [Fact]
    public void Find_Misspelling_IsAFuzzyMentionUnlessSwitchedOff()
    {
        const string text = "Then Vorosilov spoke.";

        var fuzzy = Assert.Single(Finder.Find(text, "en"));
        Assert.Equal(("Vorosilov", "voroshilov", NameMatchMethod.JaroWinkler), (fuzzy.Surface, fuzzy.Best.ActorId, fuzzy.Best.Method));
        Assert.Empty(new MentionFinder(NameTestScenario.Resolver, new MentionFinderOptions { IncludeFuzzy = false }).Find(text, "en"));
    }

    /// <summary>The mention as written in the text, with its possessive ending if it has one.</summary>
    private static string WrittenForm(string text, ActorMention mention)
    {
        var end = mention.End;
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's') end += 2;
        return text[mention.Start..end];
    }
}
