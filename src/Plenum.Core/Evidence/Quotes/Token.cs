namespace Plenum.Core.Evidence.Quotes;

/// <summary>A word or a punctuation character, with the innermost quotation it belongs to (-1 for narration).</summary>
internal readonly record struct Token(int Start, int Length, bool IsWord, int Owner, int Paragraph)
{
    public int End => Start + Length;
}
