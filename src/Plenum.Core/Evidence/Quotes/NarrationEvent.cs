namespace Plenum.Core.Evidence.Quotes;

/// <summary>Someone speaking or meeting someone in the narration (outside any quotation).</summary>
/// <param name="Offset">Where the verb stands.</param>
/// <param name="Paragraph">The paragraph of the verb.</param>
/// <param name="Subject">Who speaks, goes or meets.</param>
/// <param name="Target">Whom they address or meet, if the text names them.</param>
/// <param name="Kind">The verb's kind.</param>
internal sealed record NarrationEvent(int Offset, int Paragraph, SpeakerRef Subject, SpeakerRef? Target, VerbKind Kind)
{
    public bool IsMeeting => (Kind & (VerbKind.MeetsObject | VerbKind.MeetsThrough)) != 0;
}
