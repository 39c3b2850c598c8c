using Plenum.Core.Models;

namespace Plenum.Core.Tests.Models;

public class WeightedStatisticsTest
{
    [Fact]
    public void Mean_WeightsPositions()
    {
        // (10·1 + 40·3) / 4 = 32.5
        Assert.Equal(32.5, WeightedStatistics.Mean([10, 40], [1, 3]), 12);
    }

    [Fact]
    public void Median_IsPositionWhereCumulativeWeightReachesHalf()
    {
        // sorted 10(1) 20(1) 40(3): cumulative 1,2,5; half of 5 is 2.5, reached at 40
        Assert.Equal(40, WeightedStatistics.Median([40, 10, 20], [3, 1, 1]));
    }

    [Fact]
    public void Median_ExactHalf_TakesLowerPosition()
    {
        Assert.Equal(10, WeightedStatistics.Median([10, 30], [2, 2]));
    }

    [Fact]
    public void Median_SharedPositions_CountTogether()
    {
        // 20 is held by two actors with weight 1 each: cumulative at 20 is 3 of 5
        Assert.Equal(20, WeightedStatistics.Median([10, 20, 20, 90], [1, 1, 1, 2]));
    }
}
