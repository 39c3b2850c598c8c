namespace Plenum.Core.Evidence.Quotes;

/// <summary>What the sieves have decided so far about one quotation (mutable, private to one run).</summary>
internal sealed class SpeakerDecision
{
    public List<SpeakerRef> Speakers { get; set; } = [];
    public string Rule { get; set; } = AttributionRules.Unattributed;
    public VerbKind Verb { get; set; }
    public SpeakerRef? AddresseeHint { get; set; }
    public bool AddresseeUnnamed { get; set; }
    public bool AnonymousResponse { get; set; }
    public SpeakerRef? RespondsTo { get; set; }
    public SpeakerRef? TurnPartner { get; set; }
    public SpeakerRef? Addressee { get; set; }
    public string AddresseeRule { get; set; } = AttributionRules.Unattributed;

    public SpeakerRef? Speaker => Speakers.Count > 0 ? Speakers[0] : null;

    public bool IsAttributed => Speakers.Count > 0;

    public void Decide(string rule, IEnumerable<SpeakerRef> speakers, VerbKind verb = VerbKind.None)
    {
        Speakers = speakers.DistinctBy(s => s.Key).ToList();
        Rule = Speakers.Count > 0 ? rule : AttributionRules.Unattributed;
        Verb = verb;
    }

    public void Address(string rule, SpeakerRef? addressee)
    {
        if (addressee is null || Addressee is not null || Speakers.Exists(s => s.Key == addressee.Key)) return;
        Addressee = addressee;
        AddresseeRule = rule;
    }
}
