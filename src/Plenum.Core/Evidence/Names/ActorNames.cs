namespace Plenum.Core.Evidence.Names;

/// <summary>An actor as the name resolver sees it: the id to suggest, the display name and the curated aliases.</summary>
/// <param name="ActorId">The scenario actor id.</param>
/// <param name="Name">The display name ("Nikolai Bukharin"); parenthesised parts of two words or more count as aliases ("Jānis Rudzutaks (Yan Rudzutak)").</param>
/// <param name="Aliases">Other names and spellings, in any script ("Bucharin", "Бухарин", "N. I. Bukharin").</param>
public sealed record ActorNames(string ActorId, string Name, IReadOnlyList<string> Aliases);
