namespace Plenum.Web.Api;

/// <summary>A stored document as listed.</summary>
public sealed record DocumentDto(string Id, string Title, string SourceId, string? Author, string? Publisher, DateOnly? Date, string Format,
    long Characters, DateTimeOffset AddedAt);

/// <summary>A quote with the machine's attribution (rule, confidence) and the analyst's decision; <c>speaker</c>/<c>addressee</c> are what stands.</summary>
public sealed record QuoteDto(long Id, string Passage, int Start, int End, string Text, string? Speaker, string? Addressee, string State,
    MachineAttributionDto Machine, QuoteReviewDto? Review);

/// <summary>What the quotation finder decided.</summary>
public sealed record MachineAttributionDto(string? Speaker, string? Addressee, string Rule, double Confidence);

/// <summary>The analyst's latest decision on a quote.</summary>
public sealed record QuoteReviewDto(string Verdict, string Analyst, DateTimeOffset At, string? Note);

/// <summary>A name found in a document and the actor the resolver suggested.</summary>
public sealed record MentionDto(long Id, int Start, int End, string Surface, string? Actor, string Method, double Score, string Status);

/// <summary>A document with its text, quotes and mentions (offsets are UTF-16 code units of the text).</summary>
public sealed record DocumentDetailDto(DocumentDto Document, string Text, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<MentionDto> Mentions);

/// <summary>A confirmation: an optional note.</summary>
public sealed record QuoteConfirmDto(string? Note);

/// <summary>A correction: the speaker and addressee that stand (actor ids of the workspace's scenarios; null or <c>none</c> for nobody).</summary>
public sealed record QuoteCorrectDto(string? Speaker, string? Addressee, string? Note);

/// <summary>A spelling that may name an actor, with the resolver's score and reason.</summary>
public sealed record MergeSuggestionDto(string Spelling, string Actor, double Score, string Method, string Detail, int Mentions, int Documents, string? Decided);

/// <summary>A merge decision: <c>verdict</c> is <c>confirm</c> or <c>reject</c>; <c>scenario</c> (a scenario row id) is the roster checked for confirmations.</summary>
public sealed record MergeDecisionDto(string Spelling, string Actor, string Verdict, long? Scenario, string? Note);

/// <summary>A stored merge decision.</summary>
public sealed record NameDecisionDto(long Id, string Spelling, string Actor, string Verdict, string Analyst, DateTimeOffset At, string? Note);

/// <summary>A claim on the passage <c>[start, end)</c> of a stored document, written into the scenario's <c>claims</c>.</summary>
public sealed record ClaimCreateDto(string Document, int Start, int End, string? Statement, string? Number, string? Stance, string? ClaimId);

/// <summary>One claim's corroboration: independent witnesses (provenance clusters) for and against.</summary>
public sealed record ClaimCorroborationDto(string Id, string Subject, string? Number, int? Credibility, int Passages, int IndependentSupport,
    IReadOnlyList<int> SupportingClusters, IReadOnlyList<string> SupportingSources, int IndependentContradiction, IReadOnlyList<string> ContradictingSources,
    bool Corroborated);

/// <summary>A provenance cluster: sources that are one witness, and why.</summary>
public sealed record ClusterDto(int Number, IReadOnlyList<string> Sources, IReadOnlyList<string> Links);

/// <summary>The claims of a scenario with their corroboration.</summary>
public sealed record ClaimsDto(long Scenario, string ScenarioId, IReadOnlyList<ClaimCorroborationDto> Claims, IReadOnlyList<ClusterDto> Clusters);

/// <summary>A search hit: the segment, every matched word's offsets in the document, and a snippet.</summary>
public sealed record SearchHitDto(string Document, string Title, string Source, string Passage, int SegmentStart, int SegmentEnd,
    IReadOnlyList<int[]> Matches, string Snippet, int SnippetStart, string Highlighted);
