using Plenum.Core.Evidence.Names;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Evidence.Review;

namespace Plenum.Storage.Tests.Evidence;

/// <summary>The analyst's review: quote decisions and name merges, on both back ends.</summary>
public abstract partial class EvidenceStoreContract
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Minutes with two quotes (Kamenev's question, low-confidence; an unattributed remark) and four name mentions.</summary>
    private PreparedAnnotated AnnotatedMinutes(string workspace = "default")
    {
        var kamenev = Minutes.IndexOf("\"But", StringComparison.Ordinal);
        var bukharin = Minutes.IndexOf("Bukharin", StringComparison.Ordinal);
        var zinoviev = Minutes.IndexOf("Зиновьев", StringComparison.Ordinal);
        var ordjonikidze = Minutes.IndexOf("Ordjonikidzé", StringComparison.Ordinal);
        var found = new DocumentAnnotations(
            [
                new QuoteAnnotation(kamenev, kamenev + 31, "kamenev", "bukharin", "colon-lead", 0.9),
                new QuoteAnnotation(0, 16, null, null, "none", 0),
            ],
            [
                new MentionAnnotation(bukharin, bukharin + 8, "Bukharin", "bukharin", "alias", 1.0),
                new MentionAnnotation(zinoviev, zinoviev + 8, "Зиновьев", "zinoviev", "transliteration", 0.95),
                new MentionAnnotation(ordjonikidze, ordjonikidze + 12, "Ordjonikidzé", "ordjonikidze", "skeleton-key", 0.9),
                new MentionAnnotation(0, 3, "The", "trotsky", "jaro-winkler", 0.77),
            ]);
        var document = Prepare(Minutes, workspace: workspace, annotators: [new FixedAnnotator("test", found)]);
        return new PreparedAnnotated(document.Id, document);
    }

    private sealed record PreparedAnnotated(string Id, Plenum.Evidence.PreparedDocument Document);

    private static ActorNameResolver Roster() => new(
    [
        new ActorNames("kamenev", "Lev Kamenev", ["Kamenev"]),
        new ActorNames("bukharin", "Nikolai Bukharin", ["Bukharin", "Bucharin"]),
        new ActorNames("zinoviev", "Grigory Zinoviev", ["Zinoviev"]),
        new ActorNames("ordjonikidze", "Sergo Ordjonikidze", ["Ordzhonikidze"]),
        new ActorNames("tomsky", "Mikhail Tomsky", ["Tomsky"]),
    ]);

    [Fact]
    public async Task ConfirmQuote_KeepsTheMachinesSuggestionBesideTheDecision()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        var quote = (await reviews.QuotesAsync(doc.Id)).First(q => q.Stored.Quote.Rule == "colon-lead");

        var confirmed = await reviews.ConfirmQuoteAsync(quote.Id, "anna", Monday, "read it twice");

        Assert.Equal("confirmed", confirmed.State);
        Assert.Equal(("kamenev", "bukharin"), (confirmed.Speaker, confirmed.Addressee));
        Assert.Equal(("kamenev", "bukharin", "colon-lead", 0.9), (confirmed.Stored.Quote.Speaker, confirmed.Stored.Quote.Addressee,
            confirmed.Stored.Quote.Rule, confirmed.Stored.Quote.Confidence));
        Assert.Equal(("anna", Monday, "read it twice"), (confirmed.Review!.Analyst, confirmed.Review.DecidedAt, confirmed.Review.Note));
        Assert.Equal(AnnotationStatus.Confirmed, confirmed.Stored.Quote.Status);
        Assert.Equal("auto", (await reviews.QuotesAsync(doc.Id)).Single(q => q.Id != quote.Id).State);
    }

    [Fact]
    public async Task CorrectQuote_AnalystsSpeakerStands_MachinesIsKept_HistoryInOrder()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        var quote = (await reviews.QuotesAsync(doc.Id)).First(q => q.Stored.Quote.Rule == "colon-lead");

        await reviews.ConfirmQuoteAsync(quote.Id, "anna", Monday);
        var corrected = await reviews.CorrectQuoteAsync(quote.Id, "zinoviev", null, "ada", Monday.AddHours(1), "Zinoviev asks, per the memoir");

        Assert.Equal("corrected", corrected.State);
        Assert.Equal(("zinoviev", (string?)null), (corrected.Speaker, corrected.Addressee));
        Assert.Equal("kamenev", corrected.Stored.Quote.Speaker);
        var history = await reviews.QuoteHistoryAsync(quote.Id);
        Assert.Equal([QuoteVerdict.Confirmed, QuoteVerdict.Corrected], history.Select(h => h.Verdict));
        Assert.Equal(["anna", "ada"], history.Select(h => h.Analyst));
        Assert.Equal("zinoviev", (await reviews.QuoteAsync(quote.Id))!.Speaker);
    }

    [Fact]
    public async Task CorrectQuote_SameAsMachine_IsAConfirmation()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        var quote = (await reviews.QuotesAsync(doc.Id)).First(q => q.Stored.Quote.Rule == "colon-lead");

        var decided = await reviews.CorrectQuoteAsync(quote.Id, "kamenev", "bukharin", "anna", Monday);

        Assert.Equal(QuoteVerdict.Confirmed, decided.Review!.Verdict);
    }

    [Fact]
    public async Task ConfirmQuote_UnknownOrOtherWorkspace_IsRefusedWithAHint()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes("team-b");
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        var quote = (await reviews.QuotesAsync(doc.Id, "team-b"))[0];

        var other = await Assert.ThrowsAsync<EvidenceReviewException>(() => reviews.ConfirmQuoteAsync(quote.Id, "anna", Monday));
        var unknown = await Assert.ThrowsAsync<EvidenceReviewException>(() => reviews.ConfirmQuoteAsync(999_999, "anna", Monday));

        Assert.Equal($"no quote {quote.Id} in workspace 'default'; 'plenum evidence review quotes DOC' lists a document's quotes with their ids", other.Message);
        Assert.StartsWith("no quote 999999 in workspace 'default'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("evidence_quote_reviews"));
        Assert.Null(await reviews.QuoteAsync(quote.Id));
    }

    [Fact]
    public async Task DeleteDocument_RemovesItsReviews()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        await reviews.ConfirmQuoteAsync((await reviews.QuotesAsync(doc.Id))[0].Id, "anna", Monday);

        await Store.DeleteAsync(doc.Id);

        Assert.Equal(0, await CountAsync("evidence_quote_reviews"));
    }

    [Fact]
    public async Task ConfirmMerge_MarksTheMentionsOfThatSpellingConfirmed()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);

        var decision = await reviews.ConfirmMergeAsync("Ordjonikidzé", "ordjonikidze", Roster(), "anna", Monday, "French spelling");

        Assert.Equal(("Ordjonikidzé", "ordjonikidze", NameMergeVerdict.Confirmed, "anna", Monday), (decision.Surface, decision.ActorId, decision.Verdict,
            decision.Analyst, decision.DecidedAt));
        var mentions = await Store.MentionsAsync(doc.Id);
        Assert.Equal(AnnotationStatus.Confirmed, mentions.Single(m => m.Mention.Surface == "Ordjonikidzé").Mention.Status);
        Assert.All(mentions.Where(m => m.Mention.Surface != "Ordjonikidzé"), m => Assert.Equal(AnnotationStatus.Auto, m.Mention.Status));
        var decisions = await reviews.MergeDecisionsAsync();
        Assert.Equal(NameMergeVerdict.Confirmed, decisions.VerdictFor("ordjonikidze", "ordjonikidze"));
    }

    [Fact]
    public async Task RejectMerge_NeverSuggestedAgain_WithOrWithoutScenario()
    {
        if (!Available) return;
        var doc = AnnotatedMinutes();
        await Store.AddAsync(doc.Document);
        var reviews = EvidenceReviewStore.For(Store);
        var before = NameMergeSuggestions.From(await reviews.MentionTalliesAsync(), await reviews.MergeDecisionsAsync(), null, includeSettled: false);
        Assert.Equal(["Зиновьев→zinoviev 0.95", "Ordjonikidzé→ordjonikidze 0.9", "The→trotsky 0.77"],
            before.Select(s => $"{s.Surface}→{s.ActorId} {s.Score}"));

        await reviews.RejectMergeAsync("Ordjonikidzé", "ordjonikidze", "anna", Monday);
        await reviews.RejectMergeAsync("The", "trotsky", "anna", Monday);

        var tallies = await reviews.MentionTalliesAsync();
        var decisions = await reviews.MergeDecisionsAsync();
        Assert.Equal(["Зиновьев→zinoviev"], NameMergeSuggestions.From(tallies, decisions, null, includeSettled: false).Select(s => $"{s.Surface}→{s.ActorId}"));
        Assert.DoesNotContain(NameMergeSuggestions.From(tallies, decisions, null, includeSettled: true), s => s.Surface is "Ordjonikidzé" or "The");
        Assert.Equal(AnnotationStatus.Rejected, (await Store.MentionsAsync(doc.Id)).Single(m => m.Mention.Surface == "Ordjonikidzé").Mention.Status);
        Assert.Equal(2, (await reviews.NameDecisionsAsync()).Count);
    }

    [Fact]
    public async Task ConfirmMerge_NeverMergePair_IsRefusedAndNothingIsWritten()
    {
        if (!Available) return;
        var reviews = EvidenceReviewStore.For(Store);
        await Store.PrepareAsync();

        var trotsky = await Assert.ThrowsAsync<EvidenceReviewException>(() => reviews.ConfirmMergeAsync("Trotzki", "tomsky", Roster(), "anna", Monday));
        var unknown = await Assert.ThrowsAsync<EvidenceReviewException>(() => reviews.ConfirmMergeAsync("Koba", "stalin", Roster(), "anna", Monday));

        Assert.Equal("'Trotzki' cannot be merged with tomsky: Tomsky and Trotsky are a never-merge pair (different people, however alike they are spelt); " +
                     "if the pair is wrong for this scenario, remove it from its never_merge list", trotsky.Message);
        Assert.Equal("'stalin' is not an actor of the scenario; its actors are kamenev, bukharin, zinoviev, ordjonikidze, tomsky", unknown.Message);
        Assert.Equal(0, await CountAsync("evidence_name_decisions"));
    }

    [Fact]
    public async Task Decisions_AreKeptPerWorkspace()
    {
        if (!Available) return;
        var reviews = EvidenceReviewStore.For(Store);
        await Store.PrepareAsync();

        await reviews.RejectMergeAsync("Bucharin", "bukharin", "otto", Monday, workspace: "team-b");

        Assert.Empty(await reviews.NameDecisionsAsync());
        Assert.Equal(NameMergeVerdict.Rejected, (await reviews.MergeDecisionsAsync("team-b")).VerdictFor("Bucharin's", "bukharin"));
    }
}
