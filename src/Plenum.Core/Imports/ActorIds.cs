using System.Text;

namespace Plenum.Core.Imports;

/// <summary>How imports turn names into actor ids: lower case, runs of other characters replaced by '-'.</summary>
public static class ActorIds
{
    /// <summary>
    /// The one rule every importer uses (DESIGN.md): the name in lower case with each run of characters other than
    /// a–z and 0–9 replaced by one '-' ("France, Republic of" → "france-republic-of", "EU (incl Norway)" →
    /// "eu-incl-norway-"). Surrounding whitespace is ignored, and leading dashes are dropped because an id starts
    /// with a letter or digit; a name with no letter or digit becomes "actor".
    /// </summary>
    public static string FromName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        return sb.Length == 0 ? "actor" : sb.ToString();
    }

    /// <summary>Makes ids unique by appending -2, -3… to repeats.</summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var k = 2; !taken.Add(candidate); k++) candidate = $"{id}-{k}";
        return candidate;
    }
}
