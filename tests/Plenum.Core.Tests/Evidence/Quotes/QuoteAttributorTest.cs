using Plenum.Core.Evidence.Quotes;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Evidence.Quotes;

public sealed class QuoteAttributorTest
{
    private static readonly QuoteAttributor Attributor = new(new AliasSpeakerResolver(
        ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml")).Scenario!));

    [Fact]
    public void FindAndAttribute_EmptyText_Nothing()
    {
        Assert.Empty(Attributor.FindAndAttribute(""));
    }

    [Fact]
    public void FindAndAttribute_NoCue_UnattributedWithZeroConfidence()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("The weather was \"fine\" that winter."));

        Assert.Null(a.Speaker);
        Assert.Empty(a.Speakers);
        Assert.Equal(AttributionRules.Unattributed, a.SpeakerRule);
        Assert.Equal(0.0, a.SpeakerConfidence);
        Assert.Null(a.Addressee);
    }

    [Fact]
    public void FindAndAttribute_SaidToName_ExplicitAddressee()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("\"We must get at the helm,\" said Zinoviev to Kamenev."));

        Assert.Equal("zinoviev", a.Speaker?.ActorId);
        Assert.Equal(AttributionRules.TrigramAfter, a.SpeakerRule);
        Assert.Equal("kamenev", a.Addressee?.ActorId);
        Assert.Equal(AttributionRules.AddresseeExplicit, a.AddresseeRule);
    }

    [Fact]
    public void FindAndAttribute_AskedName_ObjectIsAddressee()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("Kamenev asked Piatakov: \"Why such advice?\""));

        Assert.Equal("kamenev", a.Speaker?.ActorId);
        Assert.Equal("piatakov", a.Addressee?.ActorId);
    }

    [Fact]
    public void FindAndAttribute_Vocative_Addressee()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("Stalin rose. He said: \"Comrade Kamenev, you are late.\""));

        Assert.Equal("stalin", a.Speaker?.ActorId);
        Assert.Equal(AttributionRules.ColonPronoun, a.SpeakerRule);
        Assert.Equal("kamenev", a.Addressee?.ActorId);
        Assert.Equal(AttributionRules.AddresseeVocative, a.AddresseeRule);
    }

    [Fact]
    public void FindAndAttribute_UnknownName_SurfaceNameWithoutActor()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("\"There is no master,\" said Bakaiev."));

        Assert.Equal(new SpeakerRef("Bakaiev", null), a.Speaker);
        Assert.Equal("~Bakaiev", a.Speaker!.Key);
    }

    [Fact]
    public void FindAndAttribute_InterruptedQuote_SpeakerFromTheNarrationBetween()
    {
        var a = Assert.Single(Attributor.FindAndAttribute("\"We want,\" Kamenev said, \"a platform.\""));

        Assert.Equal(2, a.Quotation.Parts.Count);
        Assert.Equal("kamenev", a.Speaker?.ActorId);
    }

    [Fact]
    public void FindAndAttribute_EveryConfidence_InUnitRangeAndMatchesItsRule()
    {
        var text = File.ReadAllText(TestPaths.Fixture("evidence-quotes", "behind-the-scenes-1929.txt"));

        var all = Attributor.FindAndAttribute(text);

        Assert.All(all, a =>
        {
            Assert.InRange(a.SpeakerConfidence, 0.0, 1.0);
            Assert.InRange(a.AddresseeConfidence, 0.0, 1.0);
            Assert.Equal(AttributionRules.ConfidenceOf(a.SpeakerRule), a.SpeakerConfidence);
            Assert.Equal(AttributionRules.ConfidenceOf(a.AddresseeRule), a.AddresseeConfidence);
            Assert.Equal(a.Speakers.Count == 0, a.SpeakerRule == AttributionRules.Unattributed);
            Assert.Equal(a.Addressee is null, a.AddresseeRule == AttributionRules.Unattributed);
        });
    }

    [Fact]
    public void FindAndAttribute_TurnTaking_LowConfidence()
    {
        var text = File.ReadAllText(TestPaths.Fixture("evidence-quotes", "behind-the-scenes-1929.txt"));

        var turns = Attributor.FindAndAttribute(text).Where(a => a.SpeakerRule == AttributionRules.TurnTaking).ToList();

        Assert.NotEmpty(turns);
        Assert.All(turns, a => Assert.True(a.SpeakerConfidence < 0.5));
    }
}
