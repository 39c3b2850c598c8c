namespace Plenum.Core.Evidence.Names;

/// <summary>
/// The language a document is written in, as far as name spelling is concerned: it decides which rewrite
/// rules build the skeleton key (German "w" is Russian "v"; French "ou" is "u").
/// </summary>
public enum NameLanguage
{
    /// <summary>Not known: the resolver tries the English, German and French rules and keeps the best.</summary>
    Unknown,

    /// <summary>English, including the older spellings of the 1920s–1950s (Kaganovitch, Piatakoff, Ordjonikidze).</summary>
    English,

    /// <summary>German (Sinowjew, Bucharin, Kaganowitsch).</summary>
    German,

    /// <summary>French (Boukharine, Zinovieff, Kroupskaïa).</summary>
    French,

    /// <summary>Russian: Cyrillic words are romanised and their case endings understood.</summary>
    Russian,
}
