using Plenum.Evidence.Search;

namespace Plenum.Evidence.Tests.Search;

public sealed class SearchQueryTest
{
    [Theory]
    [InlineData("Kamenev platform", "(\"kamenev\") AND (\"platform\")", "('kamenev') & ('platform')")]
    [InlineData("\"did not go\"", "(\"did not go\")", "('did' <-> 'not' <-> 'go')")]
    [InlineData("plenum OR congress", "(\"plenum\" OR \"congress\")", "('plenum' | 'congress')")]
    [InlineData("bukh* -trotsky", "(\"bukh\"*) NOT (\"trotsky\")", "('bukh':*) & !('trotsky')")]
    [InlineData("Zinov'ev", "(\"zinov ev\")", "('zinov' <-> 'ev')")]
    [InlineData("Ordjonikidzé", "(\"ordjonikidzé\")", "('ordjonikidzé')")]
    [InlineData("Бухарин", "(\"бухарин\")", "('бухарин')")]
    [InlineData("a AND b) NEAR(", "(\"a\") AND (\"and\") AND (\"b\") AND (\"near\")", "('a') & ('and') & ('b') & ('near')")]
    public void Parse_Query_TranslatesToBothIndexes(string typed, string fts5, string tsquery)
    {
        var query = SearchQuery.Parse(typed);

        Assert.Equal(fts5, query.ToFts5());
        Assert.Equal(tsquery, query.ToTsQuery());
    }

    [Theory]
    [InlineData("", "the query has no word to search for")]
    [InlineData(" ... !!", "the query has no word to search for")]
    [InlineData("-trotsky", "the query only excludes words; give at least one word to find")]
    public void Parse_NothingToFind_Refused(string typed, string message)
    {
        var e = Assert.Throws<SearchSyntaxException>(() => SearchQuery.Parse(typed));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Parse_TooLong_Refused()
    {
        var e = Assert.Throws<SearchSyntaxException>(() => SearchQuery.Parse(new string('a', 1001)));

        Assert.Equal("the query is 1001 characters long; the limit is 1000", e.Message);
    }
}
