using System.Text;

namespace Plenum.Core.Imports;

/// <summary>How imports turn names into actor ids: lower case, runs of other characters replaced by '-'.</summary>
public static class ActorIds
{
    /// <summary>"Van der Berg, A." → "van-der-berg-a".</summary>
    public static string FromName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var dash = false;
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && c > 127))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                sb.Append(c);
            }
            else dash = true;
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
