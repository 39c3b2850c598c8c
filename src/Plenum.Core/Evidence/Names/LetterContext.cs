namespace Plenum.Core.Evidence.Names;

/// <summary>
/// One Cyrillic letter with its neighbours, lower-cased: what every system's context rules look at
/// (start or end of the word, the letter before and after).
/// </summary>
internal readonly struct LetterContext
{
    private const string Vowels = "аеёиоуыэюя";

    public LetterContext(string text, int index)
    {
        Original = text[index];
        Letter = char.ToLowerInvariant(Original);
        PreviousOriginal = index > 0 ? text[index - 1] : '\0';
        NextOriginal = index + 1 < text.Length ? text[index + 1] : '\0';
        PreviousIsLetter = Transliterator.IsCyrillicLetter(PreviousOriginal);
        NextIsLetter = Transliterator.IsCyrillicLetter(NextOriginal);
        Previous = PreviousIsLetter ? char.ToLowerInvariant(PreviousOriginal) : '\0';
        Next = NextIsLetter ? char.ToLowerInvariant(NextOriginal) : '\0';
    }

    /// <summary>The letter as written.</summary>
    public char Original { get; }

    /// <summary>The letter, lower-cased.</summary>
    public char Letter { get; }

    public char PreviousOriginal { get; }

    public char NextOriginal { get; }

    /// <summary>The previous Cyrillic letter, lower-cased, or '\0' at the start of a word.</summary>
    public char Previous { get; }

    /// <summary>The next Cyrillic letter, lower-cased, or '\0' at the end of a word.</summary>
    public char Next { get; }

    public bool PreviousIsLetter { get; }

    public bool NextIsLetter { get; }

    public bool AtStart => !PreviousIsLetter;

    public bool AtEnd => !NextIsLetter;

    public bool AfterVowel => Previous != '\0' && Vowels.Contains(Previous);

    public bool BeforeVowel => Next != '\0' && Vowels.Contains(Next);

    public bool AfterSign => Previous is 'ь' or 'ъ';

    public bool AfterSibilant => Previous is 'ж' or 'ч' or 'ш' or 'щ';

    public bool AfterConsonant => PreviousIsLetter && !AfterVowel && !AfterSign && Previous != 'й';
}
