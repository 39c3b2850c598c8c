using System.Text;

namespace Plenum.Core.Imports;

/// <summary>Plenum ids for KTAB's names.</summary>
internal static class KtabIds
{
    /// <summary>
    /// The name lower-cased, each run of characters other than a–z and 0–9 replaced by one '-', with '-' trimmed
    /// from both ends ("SActor-00" → "sactor-00", "Policy Position" → "policy-position").
    /// </summary>
    public static string FromName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var ch in name.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(ch);
                dash = false;
            }
            else dash = true;
        }
        return sb.ToString();
    }
}
