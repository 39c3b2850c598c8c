namespace Plenum.Core.Evidence.Names;

public sealed partial class ActorNameResolver
{
    private static readonly NameLanguage[] AllRuleSets = [NameLanguage.English, NameLanguage.German, NameLanguage.French];

    private readonly List<ActorNameIndex> _actors = [];
    private readonly Dictionary<string, List<NameFormEntry>> _fullForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameFormEntry>> _surnameForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameFormEntry>> _keyForms = new(StringComparer.Ordinal);

    private void IndexActor(ActorNames actor, IEnumerable<string> extraAliases)
    {
        var index = new ActorNameIndex(actor.ActorId);
        var actorIndex = _actors.Count;
        _actors.Add(index);
        var names = new List<string>();
        if (IsPersonalName(actor.Name)) AddNameWithParentheses(actor.Name, names, index);
        foreach (var alias in actor.Aliases.Concat(extraAliases)) AddNameWithParentheses(alias, names, index);
        var displayName = names.Count > 0 && IsPersonalName(actor.Name) ? names[0] : null;
        foreach (var name in names.Distinct(StringComparer.Ordinal)) IndexName(actorIndex, index, name, name == displayName);
    }

    /// <summary>
    /// Whether a display name is a person's name: every word capitalised but for particles (von, de, ibn).
    /// "Stalinist functionaries of the Central Committee (aggregate)" is not, and is not searched for.
    /// </summary>
    private static bool IsPersonalName(string name)
    {
        string[] particles = ["von", "van", "der", "den", "de", "di", "da", "du", "la", "le", "ibn", "bin", "al", "y"];
        var outside = name;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0) outside = name[..open];
        foreach (var word in outside.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(word[0])) return false;
            if (char.IsLower(word[0]) && !particles.Contains(word, StringComparer.Ordinal)) return false;
        }
        return outside.Trim().Length > 0;
    }

    /// <summary>"Sergo (Grigory) Ordzhonikidze": the name without the parenthesis, and the parenthesis as an alias if it is a full name or as a given name if it is one word.</summary>
    private static void AddNameWithParentheses(string name, List<string> names, ActorNameIndex index)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf(')', open + 1);
        if (open < 0 || close < 0)
        {
            if (!string.IsNullOrWhiteSpace(name)) names.Add(name.Trim());
            return;
        }
        var inside = name[(open + 1)..close].Trim();
        var outside = (name[..open] + " " + name[(close + 1)..]).Trim();
        names.Add(string.Join(' ', outside.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        if (inside.Contains(' ', StringComparison.Ordinal)) names.Add(inside);
        else if (inside.Length > 0) AddGivenName(index, inside);
    }

    private void IndexName(int actorIndex, ActorNameIndex index, string name, bool isDisplayName)
    {
        var parsed = NameParser.Parse(name);
        if (parsed.Surname is null) return;
        var what = isDisplayName ? $"name '{name}'" : $"alias '{name}'";
        index.Variants.Add(name);
        if (parsed.WordCount > 1) Add(_fullForms, parsed.Normalised, new NameFormEntry(actorIndex, NameMatchMethod.AliasExact, 1.0, name, what));
        var surname = parsed.Surname;
        Add(_surnameForms, NameParser.FoldLower(surname), new NameFormEntry(actorIndex, NameMatchMethod.AliasExact, 1.0, name, what));
        AddKeys(actorIndex, index, surname, surname);
        if (parsed.SurnameIsCyrillic)
        {
            foreach (var (system, latin) in Transliterator.AllRomanisations(surname))
            {
                var detail = $"{SystemName(system)} romanisation '{latin}' of alias '{surname}'";
                Add(_surnameForms, NameParser.FoldLower(latin), new NameFormEntry(actorIndex, NameMatchMethod.Transliteration, TransliterationScore, latin, detail));
                AddKeys(actorIndex, index, latin, latin);
                index.Variants.Add(latin);
            }
        }
        if (isDisplayName) index.Feminine = SkeletonKey.For(surname, NameLanguage.English).EndsWith('a');
        foreach (var given in parsed.GivenNames) AddGivenName(index, given);
        foreach (var initial in parsed.Initials) index.Initials.Add(NameParser.InitialLetter(initial));
        AddGeneratedVariants(index, parsed);
    }

    /// <summary>Forms the text may use that no alias spells out: "Grigory Zinoviev", "G. Zinoviev", "Zinoviev, G.", "Zinoviev G. Ye.".</summary>
    private static void AddGeneratedVariants(ActorNameIndex index, ParsedName parsed)
    {
        var surname = parsed.Surname!;
        index.Variants.Add(surname);
        if (parsed.GivenNames.Count == 0) return;
        var first = parsed.GivenNames[0];
        index.Variants.Add(first + " " + surname);
        var initials = parsed.GivenNames.Select(g => char.ToUpperInvariant(g[0]) + ".").ToList();
        index.Variants.Add(initials[0] + " " + surname);
        index.Variants.Add(surname + ", " + initials[0]);
        if (initials.Count > 1)
        {
            index.Variants.Add(string.Join(' ', initials.Take(2)) + " " + surname);
            index.Variants.Add(surname + ", " + string.Join(' ', initials.Take(2)));
            index.Variants.Add(surname + " " + string.Join(' ', initials.Take(2)));
        }
    }

    private static void AddGivenName(ActorNameIndex index, string given)
    {
        index.GivenNameKeys.Add(SkeletonKey.For(given, NameLanguage.English));
        index.Initials.Add(NameParser.InitialLetter(given));
        var key = SkeletonKey.For(given, NameLanguage.English);
        if (key.Length > 0) index.Initials.Add(key[0]);
    }

    private void AddKeys(int actorIndex, ActorNameIndex index, string surname, string variant)
    {
        foreach (var rules in AllRuleSets)
        {
            var key = SkeletonKey.For(surname, rules);
            if (key.Length == 0) continue;
            if (index.Keys.Add(key)) index.FuzzyKeys.Add(key);
            var detail = $"skeleton key '{key}' of '{variant}'";
            Add(_keyForms, key, new NameFormEntry(actorIndex, NameMatchMethod.SkeletonKey, SkeletonScore, variant, detail));
        }
    }

    private static void Add(Dictionary<string, List<NameFormEntry>> forms, string key, NameFormEntry entry)
    {
        if (!forms.TryGetValue(key, out var list)) forms[key] = list = [];
        if (!list.Any(e => e.ActorIndex == entry.ActorIndex && e.Method == entry.Method)) list.Add(entry);
    }

    private static string SystemName(TransliterationSystem system) => system switch
    {
        TransliterationSystem.BgnPcgn => "BGN/PCGN",
        TransliterationSystem.LibraryOfCongress => "Library of Congress",
        TransliterationSystem.LibraryOfCongressAscii => "Library of Congress (ASCII)",
        TransliterationSystem.German => "German",
        TransliterationSystem.French => "French",
        _ => system.ToString(),
    };
}
