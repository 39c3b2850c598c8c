namespace Plenum.Core.Models.Bdm;

/// <summary>Which salience weighs resistance in the expected utility of j challenging i (eq. 25b).</summary>
public enum ResistingSalience
{
    /// <summary><c>target</c>: the salience of the actor being challenged, by symmetry with eq. 25a.</summary>
    Target,

    /// <summary><c>printed</c>: s_j, as printed in eq. 25b, i.e. the challenger's own salience (kept by decisionmechanics/eum).</summary>
    Printed,
}
