namespace Plenum.Core.Scenarios;

/// <summary>A provenance link from one source to another: the two are not independent witnesses.</summary>
/// <param name="Kind">How the source depends on the other.</param>
/// <param name="TargetId">The id of the other source, declared under <c>sources</c>.</param>
/// <param name="Where">Where the link is written.</param>
public sealed record SourceRelation(SourceRelationKind Kind, string TargetId, SourceSpan Where)
{
    /// <summary>The YAML keys of the kinds, in the order the documentation lists them.</summary>
    public static readonly IReadOnlyDictionary<string, SourceRelationKind> Keys = new Dictionary<string, SourceRelationKind>(StringComparer.Ordinal)
    {
        ["quoted_from"] = SourceRelationKind.QuotedFrom,
        ["republished_from"] = SourceRelationKind.RepublishedFrom,
        ["derived_from"] = SourceRelationKind.DerivedFrom,
        ["primary_source"] = SourceRelationKind.PrimarySource,
        ["translation_of"] = SourceRelationKind.TranslationOf,
    };

    /// <summary>The YAML key of a kind.</summary>
    public static string KeyOf(SourceRelationKind kind) => Keys.First(k => k.Value == kind).Key;
}

/// <summary>The provenance relations of PROV-O that make two sources one witness (after the evidence-layer notes, §5.3).</summary>
public enum SourceRelationKind
{
    /// <summary>The source repeats some or all of the other (PROV-O <c>wasQuotedFrom</c>).</summary>
    QuotedFrom,
    /// <summary>The source is a republication of the other (a leaflet reprinted by the Central Committee).</summary>
    RepublishedFrom,
    /// <summary>The source was derived from the other (PROV-O <c>wasDerivedFrom</c>).</summary>
    DerivedFrom,
    /// <summary>The other is this source's primary source (PROV-O <c>hadPrimarySource</c>).</summary>
    PrimarySource,
    /// <summary>The source is a translation of the other.</summary>
    TranslationOf,
}
