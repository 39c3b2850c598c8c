namespace Plenum.Core.Evidence.Names;

/// <summary>How far a <see cref="MentionFinder"/> looks beyond the roster's own spellings.</summary>
public sealed record MentionFinderOptions
{
    /// <summary>The defaults: fuzzy look-up of unknown capitalised words on, capitals required.</summary>
    public static MentionFinderOptions Default { get; } = new();

    /// <summary>
    /// Whether a capitalised word that no alias, romanisation or skeleton key matches is still offered to the
    /// resolver for a Jaro–Winkler suggestion (OCR errors, misspellings such as "Kruskaia"). Words ending in
    /// -ist, -ite, -ism, -ian, -ists… are never looked up this way: Stalinist is not Stalin.
    /// </summary>
    public bool IncludeFuzzy { get; init; } = true;

    /// <summary>Whether every word of a name must start with a capital letter, as names do in running text.</summary>
    public bool RequireCapitals { get; init; } = true;
}
