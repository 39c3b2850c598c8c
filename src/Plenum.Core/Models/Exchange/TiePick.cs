using System.Globalization;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// A scripted outcome of one tie (<c>exchange.tie-picks</c>): at a tie in round <see cref="Round"/> (1-based)
/// among whose candidates is the one created <see cref="Candidate"/>-th in that round (0-based, Decide's creation
/// order), that candidate is executed. For reproducing a run whose ties were decided by something no rule
/// captures — Decide's <c>Decimal</c> rounding noise (<c>docs/models/exchange.md</c> §6).
/// </summary>
public readonly record struct TiePick(int Round, int Candidate)
{
    /// <summary>Parses <c>R:K[,R:K…]</c>; null when the text is not of that form.</summary>
    public static IReadOnlyList<TiePick>? ParseList(string text)
    {
        var picks = new List<TiePick>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = part.Split(':');
            if (fields.Length != 2
                || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var round) || round < 1
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var candidate))
                return null;
            picks.Add(new TiePick(round, candidate));
        }
        return picks;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Round}:{Candidate}");
}
