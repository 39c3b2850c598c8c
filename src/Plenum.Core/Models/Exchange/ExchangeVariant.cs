namespace Plenum.Core.Models.Exchange;

/// <summary>How the exchange rate between two partners is set.</summary>
public enum ExchangeVariant
{
    /// <summary>Both partners gain equally (Stokman &amp; van Oosten 1994; Decide's default).</summary>
    EqualGain,

    /// <summary>Equal gain, then one partner's share is moved at random toward its best or worst acceptable rate (Dijkstra et al. 2018, "REX").</summary>
    RandomizedEqualGain,

    /// <summary>The rate is drawn uniformly between the two partners' break-even rates.</summary>
    RandomRate,
}
