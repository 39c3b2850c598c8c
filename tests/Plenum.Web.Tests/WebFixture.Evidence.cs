using Plenum.Core.Evidence;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence;
using Plenum.Storage.Evidence.Review;
using Plenum.Web.Services;

namespace Plenum.Web.Tests;

/// <summary>
/// The evidence of the fixture: the 1929 report, annotated against <c>politburo-1929</c>, in both workspaces
/// (the same bytes, so the same document id), and that scenario in workspace 1.
/// </summary>
public sealed partial class WebFixture
{
    /// <summary>The 1929 report's document id (equal in both workspaces).</summary>
    public string Document { get; private set; } = "";

    /// <summary>A quote of the report in workspace 1 and one in workspace 2.</summary>
    public long Quote1 { get; private set; }
    public long Quote2 { get; private set; }

    /// <summary>The politburo-1929 scenario in workspace 1 (row id).</summary>
    public long Politburo1 { get; private set; }

    /// <summary>The repository's root (for the 1929 source and the screenshots).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Plenum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the repository root (Plenum.slnx) was not found above the test's folder");
    }

    private async Task SeedEvidenceAsync(AccountStore accounts)
    {
        var yaml = ScenarioTemplates.Read("politburo-1929")!;
        var scenario = ScenarioInput.FromYaml("politburo-1929.yaml", yaml).Scenario!;
        Politburo1 = await accounts.AddScenarioAsync(Ws1, scenario.Id, scenario.Title, yaml, "test", DateTimeOffset.UtcNow);
        var speakers = new RosterSpeakerResolver(scenario);
        IPassageAnnotator[] annotators = [new QuoteAnnotator(speakers), new MentionAnnotator(speakers.Names)];
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoRoot(), "sources", "behind-the-scenes-1929.txt"));
        await using var store = EvidenceStores.Open(StorePath);
        foreach (var workspace in new[] { "default", "other" })
        {
            var metadata = new DocumentMetadata("militant-1929", "Behind the Scenes in the Russian Party", "G. G.", "The Militant", new DateOnly(1929, 3, 20), workspace);
            Document = (await store.AddAsync(DocumentPreparation.Prepare(bytes, "behind-the-scenes-1929.txt", metadata, annotators))).Id;
        }
        var reviews = EvidenceReviewStore.For(store);
        Quote1 = (await reviews.QuotesAsync(Document, "default")).First(q => q.Speaker is not null).Id;
        Quote2 = (await reviews.QuotesAsync(Document, "other")).First(q => q.Speaker is not null).Id;
    }

    /// <summary>A short report in German and French spellings, so that the Names page has merges to decide.</summary>
    public async Task AddSpellingsDocumentAsync()
    {
        const string text = "Berliner Bericht\n\nSinowjew und Kamenew trafen Bucharin. Ordschonikidse schwieg, Kujbyschew nickte.\n\n" +
                            "Le rapport de Paris\n\nBoukharine et Zinovieff ont vu Vorosilov et Trotzki.\n";
        var scenario = ScenarioInput.FromYaml("politburo-1929.yaml", ScenarioTemplates.Read("politburo-1929")!).Scenario!;
        var speakers = new RosterSpeakerResolver(scenario);
        await using var store = EvidenceStores.Open(StorePath);
        await store.AddAsync(DocumentPreparation.Prepare(System.Text.Encoding.UTF8.GetBytes(text), "reports.txt",
            new DocumentMetadata("foreign-reports", "Reports from Berlin and Paris", "unknown", "unknown", new DateOnly(1929, 2, 1)),
            [new QuoteAnnotator(speakers), new MentionAnnotator(speakers.Names)]));
    }
}
