namespace Plenum.Core.Evidence.Quotes;

/// <summary>What a symmetric mark looks like in its place.</summary>
internal enum MarkShape
{
    /// <summary>Space (or an opening bracket) before, a word after.</summary>
    Opening,

    /// <summary>A word or punctuation before, space or punctuation after.</summary>
    Closing,

    /// <summary>Both or neither; the state of the open quotations decides.</summary>
    Ambiguous,
}
