namespace Plenum.Evidence.Annotation;

/// <summary>Whether an analyst has looked at a machine-made annotation: found by a rule, confirmed, or rejected.</summary>
public enum AnnotationStatus
{
    /// <summary>Found by an annotator; nobody has checked it yet.</summary>
    Auto,

    /// <summary>An analyst confirmed it.</summary>
    Confirmed,

    /// <summary>An analyst rejected it; kept so the same suggestion is not made again.</summary>
    Rejected,
}

/// <summary>The stored names of the statuses: auto, confirmed, rejected.</summary>
public static class AnnotationStatuses
{
    /// <summary>The lower-case name stored in the <c>status</c> columns.</summary>
    public static string Name(this AnnotationStatus status) => status switch
    {
        AnnotationStatus.Confirmed => "confirmed",
        AnnotationStatus.Rejected => "rejected",
        _ => "auto",
    };

    /// <summary>The status with this stored name.</summary>
    public static AnnotationStatus Parse(string name) => name switch
    {
        "confirmed" => AnnotationStatus.Confirmed,
        "rejected" => AnnotationStatus.Rejected,
        _ => AnnotationStatus.Auto,
    };
}
