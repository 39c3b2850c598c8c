namespace Plenum.Core.Evidence.Names;

/// <summary>How a surface form was tied to an actor, from the most to the least certain.</summary>
public enum NameMatchMethod
{
    /// <summary>An analyst confirmed this surface form for this actor (<see cref="NameMergeDecisions"/>).</summary>
    AnalystConfirmed,

    /// <summary>The surface form is the actor's name or one of its aliases (after folding case, possessives, honorifics and Russian case endings).</summary>
    AliasExact,

    /// <summary>The surface form is a romanisation of a Cyrillic alias, or romanises to a Latin alias.</summary>
    Transliteration,

    /// <summary>The surface form and an alias have the same <see cref="SkeletonKey"/> under the document's language rules.</summary>
    SkeletonKey,

    /// <summary>The skeleton keys are close by Jaro–Winkler but not equal.</summary>
    JaroWinkler,
}
