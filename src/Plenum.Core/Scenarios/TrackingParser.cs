using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Plenum.Core.Scenarios;

/// <summary>
/// A YAML parser that remembers where the last event ended, so that a failure deep in the scanner
/// (which YamlDotNet can raise without a position) can still be reported at a line and column.
/// </summary>
internal sealed class TrackingParser(TextReader input) : IParser
{
    private readonly Parser _inner = new(input);

    public ParsingEvent? Current => _inner.Current;

    /// <summary>End of the last event read successfully.</summary>
    public Mark LastGood { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (_inner.Current is { } current) LastGood = current.End;
        return _inner.MoveNext();
    }
}
