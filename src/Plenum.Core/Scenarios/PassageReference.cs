using System.Globalization;
using System.Text.RegularExpressions;

namespace Plenum.Core.Scenarios;

/// <summary>
/// A citation of a stored passage: <c>doc-3f2a9c0e41b7d5a8:1200-1320</c>, the document id (from the file's
/// SHA-256, so the same in every store) and the character offsets <c>[start, end)</c> in its extracted text.
/// Scenarios cite passages this way; <c>plenum validate</c> checks them against the store.
/// </summary>
public sealed partial record PassageReference(string DocumentId, int Start, int End)
{
    /// <summary>The reference written as <c>doc-…:start-end</c>, or null when <paramref name="text"/> is not one.</summary>
    public static PassageReference? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return null;
        if (!int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start >= end) return null;
        return new PassageReference(match.Groups[1].Value, start, end);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{DocumentId}:{Start.ToString(CultureInfo.InvariantCulture)}-{End.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex("^(doc-[0-9a-f]{16}):([0-9]{1,10})-([0-9]{1,10})$")]
    private static partial Regex Pattern();
}
