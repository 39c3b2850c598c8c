using Plenum.Evidence;
using Plenum.Evidence.Annotation;

namespace Plenum.Storage.Evidence;

/// <summary>A stored quote: its id, the passage it sits on, and the attribution.</summary>
public sealed record StoredQuote(long Id, long PassageId, PassageAnchor Passage, string Annotator, QuoteAnnotation Quote);
