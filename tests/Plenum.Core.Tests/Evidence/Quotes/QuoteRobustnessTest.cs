using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Quotes;

/// <summary>Random texts made of marks, names, verbs and breaks: never an exception, and every span stays consistent.</summary>
public sealed class QuoteRobustnessTest
{
    private static readonly string[] Pieces =
    [
        "\"", "'", "\u201C", "\u201D", "\u201E", "\u2018", "\u2019", "\u201A", "\u00AB", "\u00BB", "\u2039", "\u203A",
        " ", " ", " ", "\n", "\n\n", ",", ".", "?", "!", ":", "(", ")", "\u2014", "-", "Kamenev", "Bucharin", "he", "said",
        "asked", "answered", "to", "Comrade", "met", "and", "words", "of", "These", "the", "don't", "Zinov'ev", "x", "A",
    ];

    private static readonly QuoteAttributor Attributor = new(new AliasSpeakerResolver(
        ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml")).Scenario!));

    [Fact]
    public void FindAndAttribute_OneHugeParagraph_EveryRemarkAttributed()
    {
        var text = string.Concat(Enumerable.Repeat("\"We must act,\" said Kamenev. \"Perhaps,\" Bucharin answered. ", 20_000));

        var all = Attributor.FindAndAttribute(text);

        Assert.Equal(40_000, all.Count);
        Assert.All(all, a => Assert.NotNull(a.Speaker));
    }

    [Fact]
    public void FindAndAttribute_RandomTexts_NeverThrowsAndSpansNest()
    {
        var random = new Random(1929);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var all = Attributor.FindAndAttribute(text);

            foreach (var a in all)
            {
                var q = a.Quotation;
                Assert.InRange(q.Span.Start, 0, text.Length);
                Assert.InRange(q.Span.End, q.Span.Start, text.Length);
                Assert.NotEmpty(q.Parts);
                Assert.All(q.Parts, p => Assert.True(p.Start >= q.Span.Start && p.End <= q.Span.End && p.Length > 0, text));
                if (q.ParentIndex is { } parent)
                {
                    var outer = all[parent].Quotation;
                    Assert.True(q.Depth == outer.Depth + 1 && q.Span.Start >= outer.Span.Start && q.Span.End <= outer.Span.End, text);
                }
                Assert.InRange(a.SpeakerConfidence, 0.0, 1.0);
                Assert.InRange(a.AddresseeConfidence, 0.0, 1.0);
            }
        }
    }
}
