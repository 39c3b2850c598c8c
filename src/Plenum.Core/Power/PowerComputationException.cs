namespace Plenum.Core.Power;

/// <summary>An exact computation was required but is out of reach within the configured limits.</summary>
public sealed class PowerComputationException(string message) : Exception(message);
