using System.Text;

namespace Plenum.Core.Imports;

/// <summary>Plenum ids for KTAB's names.</summary>
internal static class KtabIds
{
    /// <summary>The id of a KTAB name, by the rule all importers share (<see cref="ActorIds.FromName"/>).</summary>
    public static string FromName(string name) => ActorIds.FromName(name);
}
