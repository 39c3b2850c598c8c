using Plenum.Core.Imports;

namespace Plenum.Core.Tests.Imports;

public class ActorIdsTest
{
    [Theory]
    [InlineData("France, Republic of", "france-republic-of")]
    [InlineData("EU (incl Norway)", "eu-incl-norway-")]
    [InlineData("  SActor-00 ", "sactor-00")]
    [InlineData("(Kaganovitch)", "kaganovitch-")]
    [InlineData("Ünal Çelik", "nal-elik")]
    [InlineData("???", "actor")]
    public void FromName_LowerCaseWithRunsOfOtherCharactersAsOneDash(string name, string id) =>
        Assert.Equal(id, ActorIds.FromName(name));

    [Fact]
    public void Unique_AppendsCounters()
    {
        var taken = new HashSet<string>();
        Assert.Equal(["a", "a-2", "a-3"], new[] { "a", "a", "a" }.Select(x => ActorIds.Unique(x, taken)));
    }
}
