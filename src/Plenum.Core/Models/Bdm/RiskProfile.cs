namespace Plenum.Core.Models.Bdm;

/// <summary>One round's pass-1 result: each actor's security, risk attitude R (−1…1) and risk exponent r (0.5…2).</summary>
internal sealed record RiskProfile(double[] Security, double[] Attitude, double[] Exponent);
