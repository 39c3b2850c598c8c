using Plenum.Evidence;
using Plenum.Evidence.Annotation;

namespace Plenum.Storage.Evidence;

/// <summary>A stored name mention: its id, the passage it sits on, and the resolution.</summary>
public sealed record StoredMention(long Id, long PassageId, PassageAnchor Passage, string Annotator, MentionAnnotation Mention);
