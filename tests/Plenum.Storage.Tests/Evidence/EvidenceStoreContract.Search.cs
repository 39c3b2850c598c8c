using Plenum.Evidence.Search;
using Plenum.Storage.Evidence;

namespace Plenum.Storage.Tests.Evidence;

public abstract partial class EvidenceStoreContract
{
    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit = 20, string workspace = "default") =>
        await Store.SearchAsync(new EvidenceSearch(SearchQuery.Parse(query)) { Limit = limit, Workspace = workspace });

    [Fact]
    public async Task Search_Word_HitWithOffsetsIntoTheStoredText()
    {
        if (!Available) return;
        var added = await Store.AddAsync(Prepare(Minutes));

        var hits = await SearchAsync("platform");

        var hit = Assert.Single(hits);
        Assert.Equal((added.Id, "minutes", "militant-1929"), (hit.DocumentId, hit.Title, hit.SourceId));
        var match = Assert.Single(hit.Matches);
        Assert.Equal("platform", Minutes[match.Start..match.End]);
        Assert.Equal(Minutes.IndexOf("platform", StringComparison.Ordinal), match.Start);
        Assert.Equal(Minutes[(hit.SnippetStart)..(hit.SnippetStart + hit.Snippet.Length)], hit.Snippet);
        Assert.Contains("would be a **platform**?", hit.Highlighted());
    }

    [Fact]
    public async Task Search_Phrase_OnlyWordsInThatOrder()
    {
        if (!Available) return;
        await Store.AddAsync(Prepare(Minutes));
        await Store.AddAsync(Prepare("He did go, and not to the plenum."));

        var hits = await SearchAsync("\"did not go\"");

        var hit = Assert.Single(hits);
        Assert.Equal("did not go", Minutes[hit.Matches[0].Start..hit.Matches[0].End]);
    }

    [Fact]
    public async Task Search_AllWordsRequiredOrAlternativesAndExclusions()
    {
        if (!Available) return;
        var a = await Store.AddAsync(Prepare("Tomsky spoke at the plenum."));
        var b = await Store.AddAsync(Prepare("Trotsky wrote from exile about the plenum."));
        var c = await Store.AddAsync(Prepare("Rykov stayed silent."));

        Assert.Equal([a.Id], (await SearchAsync("plenum tomsky")).Select(h => h.DocumentId));
        Assert.Equal([a.Id], (await SearchAsync("plenum -trotsky")).Select(h => h.DocumentId));
        Assert.Equal(new[] { a.Id, b.Id, c.Id }.Order(), (await SearchAsync("plenum OR rykov")).Select(h => h.DocumentId).Order());
        Assert.Empty(await SearchAsync("plenum rykov"));
    }

    [Fact]
    public async Task Search_PrefixAndCaseAndCyrillic()
    {
        if (!Available) return;
        await Store.AddAsync(Prepare(Minutes));

        var prefix = Assert.Single(await SearchAsync("buk*"));
        var cyrillic = Assert.Single(await SearchAsync("ЗИНОВЬЕВ"));

        Assert.Equal("Bukharin", Minutes[prefix.Matches[0].Start..prefix.Matches[0].End]);
        Assert.Equal("Зиновьев", Minutes[cyrillic.Matches[0].Start..cyrillic.Matches[0].End]);
    }

    [Fact]
    public async Task Search_OtherWorkspace_NotSeen()
    {
        if (!Available) return;
        await Store.AddAsync(Prepare(Minutes, workspace: "team-b"));

        Assert.Empty(await SearchAsync("platform"));
        Assert.Single(await SearchAsync("platform", workspace: "team-b"));
        await Store.AddAsync(Prepare("a platform of our own"));
        var own = Assert.Single(await SearchAsync("platform"));
        Assert.Equal("default", (await Store.GetAsync(own.DocumentId))!.Summary.Workspace);
    }

    [Fact]
    public async Task Search_Limit_BestHitsOnly()
    {
        if (!Available) return;
        for (var i = 0; i < 8; i++) await Store.AddAsync(Prepare($"Document {i} mentions the plenum {i} times."));

        Assert.Equal(3, (await SearchAsync("plenum", limit: 3)).Count);
        Assert.Equal(8, (await SearchAsync("plenum", limit: 100)).Count);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("team-b")]
    public async Task Search_MoreMatchesThanRankLimit_BestOfTheFirstAddedAndSaysSo(string workspace)
    {
        if (!Available) return;
        await Store.AddAsync(Prepare("The plenum of another workspace, kept out of the count.", workspace: workspace == "default" ? "team-c" : "default"));
        var ids = new List<string>();
        for (var k = 1; k <= 8; k++)
        {
            // Eight words each, k of them the searched one: the more, the better the rank (same length).
            var words = string.Join(' ', Enumerable.Repeat("plenum", k).Concat(Enumerable.Repeat("session", 8 - k)));
            ids.Add((await Store.AddAsync(Prepare($"Document {k}: {words}.", workspace: workspace))).Id);
        }

        var bounded = await Store.SearchAsync(new EvidenceSearch(SearchQuery.Parse("plenum")) { Workspace = workspace, RankLimit = 3 });
        var all = await Store.SearchAsync(new EvidenceSearch(SearchQuery.Parse("plenum")) { Workspace = workspace, RankLimit = 8 });

        Assert.False(bounded.RankedAll);
        Assert.Equal(4, bounded.Matches);
        Assert.Equal([ids[2], ids[1], ids[0]], bounded.Select(h => h.DocumentId));
        Assert.True(all.RankedAll);
        Assert.Equal(8, all.Matches);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => ids[7 - i]), all.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Search_NothingMatches_Empty()
    {
        if (!Available) return;
        await Store.AddAsync(Prepare(Minutes));

        Assert.Empty(await SearchAsync("kaganovich"));
    }
}
