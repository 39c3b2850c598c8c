namespace Plenum.Reports;

/// <summary>
/// One member's a-priori voting power in one body, as the report shows it. Kept on the presenter side so the
/// report does not depend on how the power indices are computed.
/// </summary>
/// <param name="Body">The body's id.</param>
/// <param name="Actor">The member's actor id.</param>
/// <param name="Shapley">Shapley–Shubik index, a share in [0, 1].</param>
/// <param name="Banzhaf">Normalised Banzhaf index, a share in [0, 1].</param>
public sealed record BodyPowerRow(string Body, string Actor, double Shapley, double Banzhaf);
