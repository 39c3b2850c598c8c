namespace Plenum.Core.Evidence.Quotes;

/// <summary>Resolves no name: quotations are attributed to the names the text gives, with no actor ids (no scenario at hand).</summary>
public sealed class NoActorsResolver : ISpeakerResolver
{
    /// <summary>The one instance; it holds no state.</summary>
    public static readonly NoActorsResolver Instance = new();

    private NoActorsResolver() { }

    /// <inheritdoc />
    public string? ActorIdFor(string surfaceName) => null;
}
