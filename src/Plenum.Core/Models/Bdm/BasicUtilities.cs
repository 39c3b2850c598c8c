namespace Plenum.Core.Models.Bdm;

/// <summary>The utilities of success, failure and the status quo for one estimator and one distance (eqs. 15, 16, 24).</summary>
internal readonly record struct BasicUtilities(double Success, double Failure, double StatusQuo);
