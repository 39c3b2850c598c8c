using Plenum.Evidence;
using Plenum.Evidence.Annotation;
using Plenum.Storage.Evidence;

namespace Plenum.Storage.Tests.Evidence;

public abstract partial class EvidenceStoreContract
{
    [Fact]
    public async Task Add_NewDocument_StoresMetadataTextAndOriginalBytes()
    {
        if (!Available) return;
        var prepared = Prepare(Minutes);

        var added = await Store.AddAsync(prepared);
        var stored = await Store.GetAsync(prepared.Id);

        Assert.Equal(new AddedDocument(prepared.Id, true, "minutes"), added);
        Assert.NotNull(stored);
        var s = stored.Summary;
        Assert.Equal((prepared.Id, "default", "militant-1929", "minutes", "L. Trotsky", "The Militant"), (s.Id, s.Workspace, s.SourceId, s.Title, s.Author, s.Publisher));
        Assert.Equal(new DateOnly(1929, 4, 23), s.Date);
        Assert.Equal(("text", "utf-8", "minutes.txt", prepared.ContentHash), (s.Format, s.Encoding, s.FileName, s.ContentHash));
        Assert.Equal(prepared.Original.Length, s.ByteLength);
        Assert.Equal(Minutes.Length, s.TextLength);
        Assert.Equal("1", s.ExtractorVersion);
        Assert.InRange(s.AddedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(Minutes, stored.Text);
        Assert.Equal(prepared.Original, await Store.GetOriginalAsync(prepared.Id));
    }

    [Fact]
    public async Task Add_SameBytesTwice_StoredOnceAndReportedAsAlreadyThere()
    {
        if (!Available) return;
        var first = await Store.AddAsync(Prepare(Minutes));

        var second = await Store.AddAsync(Prepare(Minutes, sourceId: "another-source", fileName: "copy.txt"));

        Assert.True(first.Added);
        Assert.Equal(new AddedDocument(first.Id, false, "minutes"), second);
        Assert.Equal(1, await CountAsync("evidence_documents"));
        Assert.Equal(first.Id, await Store.FindByHashAsync(Prepare(Minutes).ContentHash));
    }

    [Fact]
    public async Task Add_SameBytesInAnotherWorkspace_StoredForEach()
    {
        if (!Available) return;
        var a = await Store.AddAsync(Prepare(Minutes));

        var b = await Store.AddAsync(Prepare(Minutes, workspace: "team-b"));

        Assert.True(b.Added);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(2, await CountAsync("evidence_documents"));
        Assert.Null(await Store.FindByHashAsync(Prepare(Minutes).ContentHash, "team-c"));
    }

    [Fact]
    public async Task Add_FailsAfterTheDocumentRow_NothingIsStored()
    {
        if (!Available) return;
        var failing = Open();
        failing.AfterDocumentRowWritten = () => throw new IOException("the process died here");

        await Assert.ThrowsAsync<IOException>(() => failing.AddAsync(Prepare(Minutes)));

        Assert.Equal(0, await CountAsync("evidence_documents"));
        Assert.Equal(0, await CountAsync("evidence_segments"));
        Assert.Empty(await Store.SearchAsync(new EvidenceSearch(Plenum.Evidence.Search.SearchQuery.Parse("plenum"))));
        var retried = await Store.AddAsync(Prepare(Minutes));
        Assert.True(retried.Added);
    }

    [Fact]
    public async Task Add_Cancelled_NothingIsStored()
    {
        if (!Available) return;
        using var cancel = new CancellationTokenSource();
        var cancelling = Open();
        cancelling.AfterDocumentRowWritten = cancel.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelling.AddAsync(Prepare(Minutes), cancel.Token));

        Assert.Equal(0, await CountAsync("evidence_documents"));
    }

    [Fact]
    public async Task Add_WithAnnotators_QuotesAndMentionsStoredOnTheirPassages()
    {
        if (!Available) return;
        var quote = Minutes.IndexOf("\"But", StringComparison.Ordinal);
        var end = Minutes.IndexOf("?\"", StringComparison.Ordinal) + 2;
        var kamenev = Minutes.IndexOf("Kamenev", StringComparison.Ordinal);
        var quotes = new FixedAnnotator("quotes", new DocumentAnnotations([new QuoteAnnotation(quote, end, "kamenev", "bukharin", "name-verb-colon", 0.92)], []));
        var names = new FixedAnnotator("names", new DocumentAnnotations([],
            [new MentionAnnotation(kamenev, kamenev + 7, "Kamenev", "kamenev", "alias", 1.0), new MentionAnnotation(quote, end, "odd", null, "fuzzy", 0.25, AnnotationStatus.Rejected)]));
        var prepared = Prepare(Minutes, annotators: [quotes, names]);

        await Store.AddAsync(prepared);
        var storedQuotes = await Store.QuotesAsync(prepared.Id);
        var storedMentions = await Store.MentionsAsync(prepared.Id);

        var q = Assert.Single(storedQuotes);
        Assert.Equal("\"But that would be a platform?\"", q.Passage.Exact);
        Assert.Equal("he April Plenum\n\nKamenev asked: ", q.Passage.Prefix);
        Assert.Equal(" Bukharin said that he did not g", q.Passage.Suffix);
        Assert.Equal(new QuoteAnnotation(quote, end, "kamenev", "bukharin", "name-verb-colon", 0.92), q.Quote);
        Assert.Equal("quotes", q.Annotator);
        Assert.Equal(2, storedMentions.Count);
        Assert.Equal(new MentionAnnotation(kamenev, kamenev + 7, "Kamenev", "kamenev", "alias", 1.0), storedMentions[0].Mention);
        Assert.Equal(AnnotationStatus.Rejected, storedMentions[1].Mention.Status);
        Assert.Equal(q.PassageId, storedMentions[1].PassageId);
        Assert.Equal(2, await CountAsync("evidence_passages"));
    }

    [Fact]
    public async Task Add_LargeDocument_AllSegmentsStored()
    {
        if (!Available) return;
        var text = string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => $"Paragraph {i}: Kamenev asked whether this was a platform, and Bukharin did not answer."));
        var prepared = Prepare(text);

        await Store.AddAsync(prepared);

        Assert.Equal(prepared.Segments.Count, await CountAsync("evidence_segments"));
        Assert.True(prepared.Segments.Count > 100);
        var hits = await Store.SearchAsync(new EvidenceSearch(Plenum.Evidence.Search.SearchQuery.Parse("\"paragraph 1999\"")));
        var hit = Assert.Single(hits);
        Assert.Equal("Paragraph 1999", text[hit.Matches[0].Start..hit.Matches[0].End]);
    }

    [Fact]
    public async Task List_NewestFirst_FilteredBySource()
    {
        if (!Available) return;
        var a = await Store.AddAsync(Prepare("first document about the plenum", sourceId: "a"));
        var b = await Store.AddAsync(Prepare("second document about the plenum", sourceId: "b"));
        await Store.AddAsync(Prepare("elsewhere", sourceId: "a", workspace: "other"));

        var all = await Store.ListAsync(new DocumentQuery());
        var onlyA = await Store.ListAsync(new DocumentQuery { SourceId = "a" });

        Assert.Equal([b.Id, a.Id], all.Select(d => d.Id));
        Assert.Equal([a.Id], onlyA.Select(d => d.Id));
    }

    [Fact]
    public async Task Get_UnknownDocument_Null()
    {
        if (!Available) return;

        Assert.Null(await Store.GetAsync("doc-0000000000000000"));
        Assert.Null(await Store.GetOriginalAsync("doc-0000000000000000"));
        Assert.Empty(await Store.QuotesAsync("doc-0000000000000000"));
    }

    [Fact]
    public async Task Delete_Document_RemovesItsRowsAndIndexEntries()
    {
        if (!Available) return;
        var quotes = new FixedAnnotator("quotes", new DocumentAnnotations([new QuoteAnnotation(0, 5, null, null, "r", 0.5)], []));
        var added = await Store.AddAsync(Prepare(Minutes, annotators: [quotes]));

        Assert.True(await Store.DeleteAsync(added.Id));

        Assert.False(await Store.DeleteAsync(added.Id));
        Assert.Equal(0, await CountAsync("evidence_segments"));
        Assert.Equal(0, await CountAsync("evidence_passages"));
        Assert.Equal(0, await CountAsync("evidence_quotes"));
        Assert.Empty(await Store.SearchAsync(new EvidenceSearch(Plenum.Evidence.Search.SearchQuery.Parse("plenum"))));
    }

    [Fact]
    public async Task Open_SameLocationAsRuns_OneSchemaForBoth()
    {
        if (!Available) return;
        await using var runs = RunStores.Open(Spec);

        await Store.AddAsync(Prepare(Minutes));
        var id = await runs.SaveAsync(Runs.Sample());

        Assert.NotNull(await runs.GetAsync(id));
        Assert.Equal(4, Convert.ToInt32(await ScalarAsync("SELECT MAX(version) FROM schema_version")));   // runs, evidence, accounts, evidence reviews
        Assert.Equal("evidence", await ScalarAsync("SELECT name FROM schema_version WHERE version = 2"));
        await using var reopened = EvidenceStores.Open(Spec);
        Assert.Single(await reopened.ListAsync(new DocumentQuery()));
    }
}
