namespace Plenum.Core.Evidence.Names;

/// <summary>
/// Two names that must never be suggested as the same person, whatever their spelling similarity
/// (Tomsky and Trotsky score 0.864 by Jaro–Winkler; Uglanov and Ulyanov 0.914, 0.957 on skeleton keys).
/// </summary>
/// <remarks>
/// The pair is symmetric and compared through skeleton keys, so it also covers the other spellings of each
/// name (Trotzki, Trotski). It blocks every suggestion except an exact alias and an analyst's confirmation:
/// a surface form that matches one name is never offered for an actor known by the other.
/// </remarks>
public sealed record NeverMergePair(string First, string Second)
{
    /// <summary>
    /// The pairs every resolver starts with: Tomsky/Trotsky, Uglanov/Ulyanov (Lenin's family name),
    /// Zinoviev/Zinovyeva (the feminine form is another person). The resolver also refuses, in general, to
    /// offer a feminine surname (-a, -aya) for a masculine actor and the other way round.
    /// </summary>
    public static IReadOnlyList<NeverMergePair> Defaults { get; } =
    [
        new("Tomsky", "Trotsky"),
        new("Uglanov", "Ulyanov"),
        new("Zinoviev", "Zinovyeva"),
    ];
}
