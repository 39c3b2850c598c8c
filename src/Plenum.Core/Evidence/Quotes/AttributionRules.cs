namespace Plenum.Core.Evidence.Quotes;

/// <summary>
/// The names of the attribution sieves and the confidence each one gives (docs/evidence/quotes.md explains
/// every rule). Rules follow Muzny et al. (2017) and CoreNLP's quoteattribution in spirit: explicit patterns
/// first, then paragraph continuation, then conversational turn-taking with low confidence.
/// </summary>
public static class AttributionRules
{
    /// <summary>No rule applied: no speaker (or no addressee).</summary>
    public const string Unattributed = "none";

    /// <summary><c>Kamenev: "…"</c> at the start of a paragraph or line.</summary>
    public const string DialogueName = "dialogue-name";

    /// <summary><c>"…," said Kamenev</c> or <c>"…," Kamenev said</c> right after the closing mark (or between the parts).</summary>
    public const string TrigramAfter = "trigram-after";

    /// <summary><c>"…," he said</c>: the pronoun resolved to the last named subject or speaker.</summary>
    public const string TrigramPronoun = "trigram-pronoun";

    /// <summary><c>Kamenev asked: "…"</c>, <c>Voroshilov had said: "…"</c>: a speech verb with its subject before the colon.</summary>
    public const string ColonLead = "colon-lead";

    /// <summary><c>He says: "…"</c>: a pronoun subject before the colon, resolved.</summary>
    public const string ColonPronoun = "colon-pronoun";

    /// <summary>A colon introduces the quotation and the named subject of the lead-in sentence is taken (no adjacent verb).</summary>
    public const string ColonSubject = "colon-subject";

    /// <summary><c>"…". These words of Bucharin…</c>: the next sentence names whose words they were.</summary>
    public const string WordsOf = "words-of";

    /// <summary><c>Zinoviev answered that … "there is no master"</c>: a named subject of a speech verb in the same or previous narration sentence.</summary>
    public const string NarrationVerb = "narration-verb";

    /// <summary><c>Bukharin laughed. "Let them ask."</c>: the remark follows a narration sentence opened by one named person only.</summary>
    public const string ActionBeat = "action-beat";

    /// <summary><c>"…?" asked Kamenev. "Perhaps, …"</c>: a reply word right after a question goes to the person asked.</summary>
    public const string AnswerToQuestion = "answer-to-question";

    /// <summary>Another remark in the same paragraph after an attributed one, with no other speaker named between.</summary>
    public const string ParagraphContinuation = "paragraph-continuation";

    /// <summary>Unattributed remarks, each its own paragraph, alternating between two speakers of the conversation.</summary>
    public const string TurnTaking = "turn-taking";

    /// <summary>The lead-in names the addressee: <c>said to Y</c>, <c>asked Y</c>, <c>turned to Y</c>.</summary>
    public const string AddresseeExplicit = "addressee-explicit";

    /// <summary>The remark opens or ends by naming someone: <c>"Comrade Kamenev, …"</c>.</summary>
    public const string AddresseeVocative = "addressee-vocative";

    /// <summary>A reply verb (answered, replied): the last other person who spoke or asked the speaker.</summary>
    public const string AddresseeReply = "addressee-reply";

    /// <summary>A remark continuing the same speaker's previous one in the paragraph keeps its addressee.</summary>
    public const string AddresseeContinued = "addressee-continued";

    /// <summary>The speaker answers whoever last addressed them in the scene.</summary>
    public const string AddresseeReciprocal = "addressee-reciprocal";

    /// <summary>The person the speaker last met, visited or was visited by in the scene.</summary>
    public const string AddresseeScene = "addressee-scene";

    /// <summary><c>These words of Bucharin were met with the cries: "…"</c>: unnamed speakers answering a named person.</summary>
    public const string AddresseeResponse = "addressee-response";

    /// <summary>The other party of a two-person exchange decided by turn-taking.</summary>
    public const string AddresseeTurn = "addressee-turn";

    /// <summary>A spoken turn answers the previous turn's speaker, when both were at the meeting that opened the scene.</summary>
    public const string AddresseePreviousTurn = "addressee-previous-turn";

    private static readonly Dictionary<string, double> Confidence = new()
    {
        [Unattributed] = 0.0,
        [DialogueName] = 0.95,
        [TrigramAfter] = 0.9,
        [ColonLead] = 0.9,
        [WordsOf] = 0.85,
        [TrigramPronoun] = 0.7,
        [NarrationVerb] = 0.7,
        [ParagraphContinuation] = 0.7,
        [ColonSubject] = 0.65,
        [ColonPronoun] = 0.6,
        [ActionBeat] = 0.6,
        [AnswerToQuestion] = 0.5,
        [TurnTaking] = 0.4,
        [AddresseeExplicit] = 0.9,
        [AddresseeVocative] = 0.85,
        [AddresseeReply] = 0.75,
        [AddresseeContinued] = 0.7,
        [AddresseeReciprocal] = 0.65,
        [AddresseeScene] = 0.6,
        [AddresseeResponse] = 0.6,
        [AddresseeTurn] = 0.4,
        [AddresseePreviousTurn] = 0.4,
    };

    /// <summary>Every rule name, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> All => Confidence.Keys;

    /// <summary>The confidence a rule gives, in [0, 1].</summary>
    public static double ConfidenceOf(string rule) =>
        Confidence.TryGetValue(rule, out var c) ? c : throw new ArgumentException($"unknown attribution rule '{rule}'", nameof(rule));
}
