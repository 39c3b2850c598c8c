namespace Plenum.Core.Evidence.Corroboration;

/// <summary>How well one claim is supported: documents and independent witnesses, for and against.</summary>
/// <param name="Id">The claim id, or the number path for a number whose evidence is written on the actor or body.</param>
/// <param name="Subject">The statement, or the number path.</param>
/// <param name="Number">The number path when the claim is about an input number.</param>
/// <param name="Credibility">The analyst's grade (1–6), if given.</param>
/// <param name="Passages">How many passages support it.</param>
/// <param name="SupportingSources">The distinct documents whose passages support it.</param>
/// <param name="SupportingClusters">Those documents grouped into independent provenance clusters (cluster numbers).</param>
/// <param name="ContradictingSources">The distinct documents whose passages contradict it.</param>
/// <param name="ContradictingClusters">Their independent clusters.</param>
/// <param name="ContextPassages">Passages cited as context only.</param>
/// <param name="SelfVerifications">Supporting sources' own claims to have verified their information: recorded, not counted.</param>
public sealed record ClaimCorroboration(
    string Id,
    string Subject,
    string? Number,
    int? Credibility,
    int Passages,
    IReadOnlyList<string> SupportingSources,
    IReadOnlyList<int> SupportingClusters,
    IReadOnlyList<string> ContradictingSources,
    IReadOnlyList<int> ContradictingClusters,
    int ContextPassages,
    IReadOnlyList<SelfVerification> SelfVerifications)
{
    /// <summary>The number that matters: independent witnesses for the claim.</summary>
    public int IndependentSupport => SupportingClusters.Count;

    /// <summary>Independent witnesses against it.</summary>
    public int IndependentContradiction => ContradictingClusters.Count;

    /// <summary>True when at least two independent witnesses support it (Admiralty "confirmed by other sources").</summary>
    public bool Corroborated => IndependentSupport >= 2;
}

/// <summary>A source's statement about its own checking, kept as the source's assertion.</summary>
public sealed record SelfVerification(string SourceId, string Text);
