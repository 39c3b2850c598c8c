namespace Plenum.Core.Evidence.Names;

/// <summary>What a <see cref="NameToken"/> is.</summary>
internal enum NameTokenKind
{
    /// <summary>A run of letters (apostrophes and hyphens inside it included).</summary>
    Word,

    /// <summary>One or two letters followed by a period: "G.", "Ya.".</summary>
    Initial,

    /// <summary>A comma, which may separate a surname from its initials ("Zinoviev, G.").</summary>
    Comma,

    /// <summary>Any other punctuation, a digit, or a blank line: no name runs across it.</summary>
    Break,
}

/// <summary>A token of running text, by character offsets into that text.</summary>
/// <param name="NameLength">The length without a possessive ending ('s, ’s): what a name span covers.</param>
internal readonly record struct NameToken(NameTokenKind Kind, int Start, int Length, int NameLength, bool Capitalised, bool Cyrillic)
{
    public int End => Start + Length;

    public int NameEnd => Start + NameLength;
}
