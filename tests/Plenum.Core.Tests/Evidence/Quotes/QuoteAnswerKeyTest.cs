using Plenum.Core.Evidence.Quotes;
using Xunit.Abstractions;

namespace Plenum.Core.Tests.Evidence.Quotes;

/// <summary>
/// Every quotation of each hand-made answer key is found at the key's offsets and attributed as the key says;
/// precision and recall are printed (docs/evidence/quotes.md quotes them).
/// </summary>
public sealed class QuoteAnswerKeyTest(ITestOutputHelper output)
{
    [Theory]
    [InlineData("behind-the-scenes-1929")]
    [InlineData("german-report")]
    [InlineData("french-minutes")]
    [InlineData("news-report")]
    [InlineData("minutes-session")]
    [InlineData("memoir-held-out")]
    public void FindAndAttribute_AnswerKey_EveryQuotationFoundAndAttributed(string name)
    {
        var key = AnswerKey.Load(TestPaths.Fixture("evidence-quotes", name + ".key.txt"));
        var text = File.ReadAllText(TestPaths.Fixture("evidence-quotes", name + ".txt"));
        var attributions = new QuoteAttributor(key.Resolver()).FindAndAttribute(text);

        var score = key.Score(text, attributions);
        output.WriteLine(score.Report(name));

        Assert.All(score.Results, r => Assert.True(r.Start >= 0, $"the key's words for {r.Entry} are not in the text"));
        Assert.Equal(key.Entries.Count, attributions.Count);
        Assert.Equal(1.0, score.FindingRecall);
        Assert.Equal(1.0, score.SpeakerAccuracy);
        Assert.Equal(1.0, score.AddresseeAccuracy);
    }

    [Fact]
    public void FindAndAttribute_Politburo1929_SourceCopyIsTheRepositorySource()
    {
        var fixture = File.ReadAllText(TestPaths.Fixture("evidence-quotes", "behind-the-scenes-1929.txt"));
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "sources", "behind-the-scenes-1929.txt"));

        Assert.Equal(source, fixture);
    }

    [Fact]
    public void FindAndAttribute_Politburo1929_EveryNamedLeadersRemarkIsAttributed()
    {
        var key = AnswerKey.Load(TestPaths.Fixture("evidence-quotes", "behind-the-scenes-1929.key.txt"));
        string[] leaders = ["bukharin", "kamenev", "piatakov", "zinoviev", "krupskaja", "ordjonikidze", "stalin", "voroshilov", "kalinin", "molotov"];

        var spoken = key.Entries.Where(e => e.Speaker is not null).SelectMany(e => e.Speaker!.Split('+')).ToHashSet();

        Assert.All(leaders.Where(l => l != "molotov"), l => Assert.Contains(l, spoken));
        Assert.DoesNotContain("molotov", spoken);
    }
}
