namespace Plenum.Core.Evidence.Names;

/// <summary>
/// A personal name taken apart: honorifics dropped, the surname found ("Zinoviev, G." and "Bucharin N. I."
/// put it first), given names and initials kept to check against the actor's.
/// </summary>
/// <param name="Surname">The surname as written, possessive removed; null when the text holds only initials or honorifics.</param>
/// <param name="GivenNames">Other words of the name as written (given names, patronymics).</param>
/// <param name="Initials">The initials, lower-case and romanised.</param>
/// <param name="Normalised">All name words and initials folded to lower-case ASCII (Cyrillic kept), in order: the key of analyst decisions.</param>
/// <param name="PossessiveRemoved">Whether a possessive 's or ’s was removed from the surname.</param>
internal sealed record ParsedName(string? Surname, IReadOnlyList<string> GivenNames, IReadOnlyList<string> Initials, string Normalised, bool PossessiveRemoved)
{
    public int WordCount => GivenNames.Count + Initials.Count + (Surname is null ? 0 : 1);

    public bool SurnameIsCyrillic => Surname is not null && Transliterator.ContainsCyrillic(Surname);
}
