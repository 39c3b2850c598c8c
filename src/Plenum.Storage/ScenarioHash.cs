using System.Security.Cryptography;
using System.Text;

namespace Plenum.Storage;

/// <summary>The content hash saved with every run, so two runs can be told to share (or not) the same scenario text.</summary>
public static class ScenarioHash
{
    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes (64 characters).</summary>
    /// <remarks>Hashes the text as read, line endings included: re-saving a file with other line endings counts as a change.</remarks>
    public static string Of(string scenarioText)
    {
        ArgumentNullException.ThrowIfNull(scenarioText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenarioText)));
    }
}
