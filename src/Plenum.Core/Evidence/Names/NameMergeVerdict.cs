namespace Plenum.Core.Evidence.Names;

/// <summary>An analyst's answer to a suggestion.</summary>
public enum NameMergeVerdict
{
    /// <summary>The surface form names this actor.</summary>
    Confirmed,

    /// <summary>The surface form does not name this actor; never suggest it again.</summary>
    Rejected,
}
