namespace Plenum.Core.Evidence.Quotes;

/// <summary>Turns a name as written in a document into a scenario actor id.</summary>
/// <remarks>
/// The attributor asks about every capitalised word it considers as a speaker or addressee, so an
/// implementation should answer quickly and return null for words that are not names; the attributor caches
/// answers per call. <see cref="AliasSpeakerResolver"/> matches the scenario's aliases; a transliterating,
/// fuzzy resolver can stand behind the same interface.
/// </remarks>
public interface ISpeakerResolver
{
    /// <summary>The actor id for <paramref name="surfaceName"/> (e.g. "Comrade Bucharin", "KAMENEV"), or null if none.</summary>
    string? ActorIdFor(string surfaceName);
}
