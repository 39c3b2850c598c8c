namespace Plenum.Core.Evidence.Quotes;

/// <summary>The closed word lists the sieves read (English, German, French); lookups are case-insensitive and allocation-free.</summary>
internal static class SpeechLexicon
{
    private static readonly Dictionary<string, VerbKind> Verbs = BuildVerbs();
    private static readonly Dictionary<string, VerbKind>.AlternateLookup<ReadOnlySpan<char>> VerbLookup =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> NotNames = Set(
        "the a an this that these those he she they it we i you his her their our my your its when then but and or if as after before",
        "further here there everyone everybody nobody someone somebody one who what why how where yes no not so thus hereupon since",
        "while although though because in on at to from of for with by now today still also even only oh well perhaps firstly secondly",
        "finally meanwhile later next have has had is was are were be do did does let all some many each both neither either such",
        "january february march april may june july august september october november december monday tuesday wednesday thursday",
        "friday saturday sunday der die das er sie es wir ich und aber als wenn dann ein eine am im auf nach doch ja nein le la les",
        "il elle ils elles je nous vous on et mais quand puis un une oui non dear according during under over into upon");

    private static readonly HashSet<string> SingularPronouns = Set("he she er sie il elle");

    private static readonly HashSet<string> Auxiliaries = Set(
        "had has have then also finally literally again once later only just immediately simply never always often still",
        "thereupon hat hatte dann noch nur sofort alors puis ensuite aussitôt soon first einmal schon auch damals se sich ne not nicht",
        "never pas");

    private static readonly HashSet<string> ReplyWords = Set(
        "perhaps yes no of well certainly not sure indeed naturally maybe nein ja doch vielleicht gewiss natürlich oui non",
        "peut-être certes bien");

    private static readonly HashSet<string> AddressPrepositions = Set("to at zu à an");

    private static readonly HashSet<string> MeetingPrepositions = Set("to on zu à chez voir vers an");

    private static readonly HashSet<string> TimeWords = Set(
        "later meanwhile afterwards next yesterday tomorrow end january february march april may june july august september",
        "october november december später nächsten danach tags lendemain tard ensuite");

    /// <summary>The kind of a verb; a capitalised word is never taken for a verb ("the United States", "Said" as a name).</summary>
    public static VerbKind VerbOf(ReadOnlySpan<char> word) =>
        word.Length > 0 && !char.IsUpper(word[0]) && VerbLookup.TryGetValue(word, out var kind) ? kind : VerbKind.None;

    public static bool IsNotName(ReadOnlySpan<char> word) => NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsSingularPronoun(ReadOnlySpan<char> word) => SingularPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    public static bool IsReplyWord(ReadOnlySpan<char> word) => ReplyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsAddressPreposition(ReadOnlySpan<char> word) => AddressPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsMeetingPreposition(ReadOnlySpan<char> word) => MeetingPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsTimeWord(ReadOnlySpan<char> word) => TimeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static Dictionary<string, VerbKind> BuildVerbs()
    {
        var verbs = new Dictionary<string, VerbKind>(StringComparer.OrdinalIgnoreCase);
        void Add(VerbKind kind, params string[] lines)
        {
            foreach (var line in lines)
                foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    verbs[w] = verbs.GetValueOrDefault(w) | kind;
        }
        Add(VerbKind.Speech,
            "said asked replied answered declared shouted interrupted exclaimed cried added told continued insisted objected",
            "remarked retorted responded stated explained protested muttered whispered warned urged repeated observed noted",
            "agreed suggested proposed admitted demanded announced commented concluded snapped yelled rejoined inquired enquired",
            "assured promised threatened boasted complained conceded confirmed countered pleaded begged reminded",
            "say ask reply answer tell declare saying asking replying answering declaring adding shouting interrupting",
            "exclaiming insisting explaining telling",
            "sagte fragte antwortete erwiderte rief erklärte meinte unterbrach entgegnete schrie bemerkte betonte warnte",
            "versicherte sagt fragt ruft erklärt meint antwortet erwidert gesagt gefragt geantwortet erklärte rief",
            "dit demanda répondit déclara s'écria écria ajouta lança répliqua interrompit cria murmura affirma rétorqua",
            "poursuivit reprit insista demande répond déclare");
        Add(VerbKind.Speech | VerbKind.Writing, "wrote writes written write schrieb schreibt écrivit écrit");
        Add(VerbKind.Reply,
            "replied answered retorted responded rejoined countered replies answers replying answering reply answer",
            "antwortete erwiderte entgegnete antwortet erwidert répondit répliqua rétorqua répond");
        Add(VerbKind.TakesObject,
            "asked told answered interrupted warned urged assured begged reminded ask tell telling asking fragte bat unterbrach",
            "warnte fragt");
        Add(VerbKind.Present,
            "says asks replies answers declares tells writes adds insists states explains shouts sagt fragt antwortet",
            "schreibt erklärt meint écrit déclare répond demande");
        Add(VerbKind.Speech | VerbKind.Present, "says asks declares tells adds insists states explains shouts");
        Add(VerbKind.MeetsObject, "met visited invited encountered traf trafen besuchte rencontra");
        Add(VerbKind.MeetsThrough, "went came turned called go goes going ging kam wandte alla vint tourna rendit");
        return verbs;
    }

    private static HashSet<string> Set(params string[] lines) =>
        new(lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);
}
