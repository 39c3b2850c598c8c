using System.Text;
using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Evidence.Extraction;
using Plenum.Storage.Accounts;
using Plenum.Storage.Evidence;

namespace Plenum.Storage.Tests.Backups;

/// <summary>
/// Fills a store with a workspace that uses every table a backup carries, with awkward values: a deleted run
/// (a gap in the ids), options and timings, a run view with and without a report, Cyrillic and control
/// characters, nulls, reals with all their digits, Windows-1251 original bytes, quotes and mentions, a corrected
/// attribution and a rejected name merge.
/// A second workspace holds rows that must stay out of the first one's backup.
/// </summary>
internal static class BackupSample
{
    public static readonly DateTimeOffset April23 = new DateTimeOffset(1929, 4, 23, 9, 30, 15, TimeSpan.Zero).AddTicks(1234560);

    public const string Minutes =
        "The April Plenum\n\nKamenev asked: \"But that would be a platform?\" Bukharin said that he did not go to the Plenum again.\n\n" +
        "Зиновьев молчал.\tOrdjonikidzé answered for the commission.";

    /// <summary>Fills <paramref name="workspace"/> (created unless it is the default) and a workspace "others".</summary>
    public static async Task FillAsync(string spec, string workspace = "default")
    {
        await using var store = RunStores.Open(spec);
        var accounts = AccountStore.For(store);
        var workspaceId = workspace == "default" ? RunRecord.DefaultWorkspaceId : await accounts.AddWorkspaceAsync(workspace, April23);
        var othersId = await accounts.AddWorkspaceAsync("others", April23.AddDays(1));

        var scenario = await accounts.AddScenarioAsync(workspaceId, "politburo-1929", "Politburo, April 1929", "id: politburo-1929\ntitle: \"Politburo\"\r\n# ünïcödé\n", "ann", April23);
        await accounts.AddScenarioAsync(workspaceId, "plenum-1929", "Plenum", "id: plenum-1929\n", "bob", April23.AddMinutes(1));
        await accounts.AddScenarioAsync(othersId, "elsewhere", "Elsewhere", "id: elsewhere\n", "eve", April23);

        var first = await store.SaveAsync(Runs.Sample() with { WorkspaceId = workspaceId, CreatedAt = April23 });
        var deleted = await store.SaveAsync(Runs.Sample("gone") with { WorkspaceId = workspaceId });
        await store.DeleteAsync(deleted);
        var third = await store.SaveAsync(Runs.Sample("politburo-1929", ["bdm", "ktab-spatial", "exchange"], April23.AddHours(2),
            """{"scenario":"politburo-1929","note":"Зиновьев \u0001 \"quoted\""}""") with
        {
            WorkspaceId = workspaceId,
            Seed = long.MinValue + 7,
            DurationMs = 0.1 + 0.2,
            Timings = new Dictionary<string, double> { ["load"] = 1e-300, ["bdm"] = 12345.678901234567 },
            Options = new Dictionary<string, string> { ["ktab.voting"] = "proportional", ["empty"] = "" },
        });
        await store.SaveAsync(Runs.Sample("elsewhere") with { WorkspaceId = othersId });
        await accounts.SaveRunViewAsync(new RunView(first, scenario, """{"sensitivity":[1,2]}""", "<html><body>report</body></html>"));
        await accounts.SaveRunViewAsync(new RunView(third, null, "{}", null));
        await accounts.AddAuditAsync(workspaceId, "ann", "scenario.add", "politburo-1929", "first version", April23);
        await accounts.AddAuditAsync(othersId, "eve", "scenario.add", "elsewhere", "", April23);
        await accounts.AddAuditAsync(null, "admin", "user.add", "ann", "", April23);
        await accounts.AddUserAsync("ann", "hash-of-a-password", isAdmin: true, April23);

        await using var evidence = EvidenceStores.Open(spec);
        var quote = Minutes.IndexOf("\"But", StringComparison.Ordinal);
        var end = Minutes.IndexOf("?\"", StringComparison.Ordinal) + 2;
        var kamenev = Minutes.IndexOf("Kamenev", StringComparison.Ordinal);
        var quotes = new FixedAnnotator("quotes", new DocumentAnnotations([new QuoteAnnotation(quote, end, "kamenev", null, "name-verb-colon", 1.0 / 3)], []));
        var names = new FixedAnnotator("names", new DocumentAnnotations([],
            [new MentionAnnotation(kamenev, kamenev + 7, "Kamenev", "kamenev", "alias", 1.0), new MentionAnnotation(quote, end, "odd", null, "fuzzy", 0.25, AnnotationStatus.Rejected)]));
        var minutes = await evidence.AddAsync(DocumentPreparation.Prepare(Encoding.UTF8.GetBytes(Minutes), "minutes.txt",
            new DocumentMetadata("militant-1929", null, "L. Trotsky", "The Militant", new DateOnly(1929, 4, 23), workspace), [quotes, names]));
        var reviews = Plenum.Storage.Evidence.Review.EvidenceReviewStore.For(evidence);
        var reviewed = Assert.Single(await reviews.QuotesAsync(minutes.Id, workspace));
        await reviews.CorrectQuoteAsync(reviewed.Id, "zinoviev", "kamenev", "ann", April23, "the leaflet's wording", workspace);
        await reviews.RejectMergeAsync("odd", "kamenev", "ann", April23, null, workspace);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await evidence.AddAsync(DocumentPreparation.Prepare(Encoding.GetEncoding(1251).GetBytes("Протокол заседания Политбюро.\n\nБухарин не пришёл."), "protocol.txt",
            new DocumentMetadata("rgaspi-17-3", "Протокол", null, null, null, workspace), [], new ExtractionOptions(Encoding: "windows-1251")));
        await evidence.AddAsync(DocumentPreparation.Prepare(Encoding.UTF8.GetBytes("# Elsewhere\n\nNothing to see."), "elsewhere.md",
            new DocumentMetadata("elsewhere", null, "E", "P", null, "others")));
    }

    private sealed class FixedAnnotator(string name, DocumentAnnotations found) : IPassageAnnotator
    {
        public string Name => name;

        public DocumentAnnotations Annotate(AnnotationInput input) => found;
    }
}
