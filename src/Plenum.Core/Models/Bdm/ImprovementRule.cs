namespace Plenum.Core.Models.Bdm;

/// <summary>
/// T of eq. 7: whether i expects to be better off if, unchallenged, j moves toward the median voter μ.
/// Only matters when Q &lt; 1.
/// </summary>
public enum ImprovementRule
{
    /// <summary><c>rule</c>: T = 1 exactly when |x_i − μ| &lt; |x_i − x_j| (Scholz's four cases, as in Eftekhari &amp; Rahimi 2014).</summary>
    ByDistance,

    /// <summary><c>1</c>: T = 1 for every pair (Masad 2014).</summary>
    Always,

    /// <summary><c>0</c>: T = 0 for every pair.</summary>
    Never,
}
