namespace Plenum.Core.Models.Bdm;

/// <summary>The model-detail tables of a BDM run: their names, columns, and how rows are made.</summary>
/// <remarks>Column meanings are documented in <c>docs/models/bdm.md</c>.</remarks>
internal sealed class BdmTables
{
    public const string OffersName = "offers";
    public const string UtilitiesName = "expected-utilities";
    public const string RiskName = "risk";

    public static readonly string[] OfferColumns =
        ["round", "issue", "from", "to", "kind", "eu_to", "eu_from", "position_before", "offered_position", "accepted"];

    public static readonly string[] UtilityColumns =
        ["round", "issue", "actor", "other", "eu_ij_i", "eu_ji_i", "eu_ij_j", "eu_ji_j"];

    public static readonly string[] RiskColumns =
        ["round", "issue", "actor", "security", "risk_attitude", "risk_exponent"];

    public List<IReadOnlyList<object?>> Offers { get; } = [];
    public List<IReadOnlyList<object?>> Utilities { get; } = [];
    public List<IReadOnlyList<object?>> Risk { get; } = [];

    /// <summary>Adds one round's rows.</summary>
    /// <param name="allOffers">Whether to list every offer (full detail) or only accepted ones.</param>
    public void AddRound(int round, BdmIssueInput input, double[] before, RoundOutcome outcome, bool allOffers)
    {
        var issue = input.Issue.Id;
        var ids = input.ActorIds;
        for (var i = 0; i < ids.Length; i++)
            Risk.Add([round, issue, ids[i], outcome.Risk.Security[i], outcome.Risk.Attitude[i], outcome.Risk.Exponent[i]]);
        if (allOffers)
        {
            foreach (var o in outcome.Offers)
                Offers.Add(OfferRow(round, issue, ids, before, o, outcome.Accepted[o.Mover] == o));
        }
        else
        {
            foreach (var o in outcome.Accepted)
                if (o is { } accepted) Offers.Add(OfferRow(round, issue, ids, before, accepted, true));
        }
        foreach (var p in outcome.Pairs)
            Utilities.Add([round, issue, ids[p.Actor], ids[p.Other], p.ActorChallengesByActor, p.OtherChallengesByActor,
                p.ActorChallengesByOther, p.OtherChallengesByOther]);
    }

    /// <summary>The tables, in a fixed order; the utilities table only when it has rows.</summary>
    public IEnumerable<ResultTable> ToTables(bool includeOffers)
    {
        if (!includeOffers) yield break;
        yield return new ResultTable(OffersName, OfferColumns, Offers);
        if (Utilities.Count > 0) yield return new ResultTable(UtilitiesName, UtilityColumns, Utilities);
        yield return new ResultTable(RiskName, RiskColumns, Risk);
    }

    private static object?[] OfferRow(int round, string issue, string[] ids, double[] before, Offer o, bool accepted) =>
    [
        round, issue, ids[o.Proposer], ids[o.Mover], KindText(o.Kind), o.MoverUtility, o.ProposerUtility,
        before[o.Mover], o.NewPosition, accepted ? "yes" : "no",
    ];

    private static string KindText(OfferKind kind) => kind switch
    {
        OfferKind.Confrontation => "confrontation",
        OfferKind.Compromise => "compromise",
        _ => "capitulation",
    };
}
