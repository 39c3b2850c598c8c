namespace Plenum.Core.Evidence.Quotes;

/// <summary>What a verb tells the attributor.</summary>
[Flags]
internal enum VerbKind
{
    None = 0,

    /// <summary>Reports speech or writing (said, asked, sagte, dit).</summary>
    Speech = 1,

    /// <summary>Answers someone (answered, replied, antwortete, répondit).</summary>
    Reply = 2,

    /// <summary>Takes the addressee as its object (asked Kamenev, told Zinoviev, fragte ihn).</summary>
    TakesObject = 4,

    /// <summary>Present tense: reports a stance, not a turn in a conversation (says, writes).</summary>
    Present = 8,

    /// <summary>Writing, not speech (wrote, writes).</summary>
    Writing = 16,

    /// <summary>Brings two people together with the other as object (met, visited, invited).</summary>
    MeetsObject = 32,

    /// <summary>Brings two people together through a preposition (went to, came to, turned to).</summary>
    MeetsThrough = 64,
}
