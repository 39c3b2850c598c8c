namespace Plenum.Core.Models.Smp;

/// <summary>
/// How actor h estimates actor i's risk attitude from its own R_h and i's R_i (KTAB's <c>BigRAdjust</c>).
/// </summary>
public enum SmpRiskAdjustment
{
    /// <summary><c>none</c>: h assumes everyone shares its own attitude, R_h.</summary>
    None,
    /// <summary><c>one-third</c> (default): (2R_h + R_i)/3.</summary>
    OneThird,
    /// <summary><c>half</c>: (R_h + R_i)/2.</summary>
    Half,
    /// <summary><c>two-thirds</c>: (R_h + 2R_i)/3.</summary>
    TwoThirds,
    /// <summary><c>full</c>: h knows R_i exactly.</summary>
    Full,
}
