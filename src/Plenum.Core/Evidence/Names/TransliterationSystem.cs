namespace Plenum.Core.Evidence.Names;

/// <summary>
/// A way of writing Russian Cyrillic in Latin letters. Sources in several languages spell the same person
/// differently because each follows its own system, so the resolver generates every one of them.
/// </summary>
public enum TransliterationSystem
{
    /// <summary>BGN/PCGN 1947 (Bukharin, Zinovʹyev, Yezhov, Khrushchëv): the usual English system for names.</summary>
    BgnPcgn,

    /// <summary>Library of Congress (ALA-LC) with its diacritics and tie bars (Zinovʹev, Krupskai͡a, Trotskiĭ).</summary>
    LibraryOfCongress,

    /// <summary>Library of Congress without diacritics, as catalogues and most scholarship print it (Zinov'ev, Krupskaia).</summary>
    LibraryOfCongressAscii,

    /// <summary>German usage after Duden (Sinowjew, Bucharin, Ordschonikidse, Chruschtschow, Jeschow, Trotzki).</summary>
    German,

    /// <summary>French usage (Boukharine, Zinoviev, Kroupskaïa, Ordjonikidzé, Iejov, Staline).</summary>
    French,
}
