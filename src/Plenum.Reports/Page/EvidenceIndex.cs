using Plenum.Core.Scenarios;

namespace Plenum.Reports.Page;

/// <summary>
/// Numbers every evidence passage of the scenario (actors first, then bodies, in file order) so that each
/// input cell can link to the passages that support it and the passages can be listed once.
/// </summary>
internal sealed class EvidenceIndex
{
    /// <summary>One numbered passage and whose number it supports.</summary>
    public sealed record Entry(int Number, string Owner, EvidenceLink Link);

    private readonly List<Entry> _entries = [];

    public EvidenceIndex(Scenario scenario)
    {
        foreach (var a in scenario.Actors)
            foreach (var e in a.Evidence) _entries.Add(new Entry(_entries.Count + 1, a.Id, e));
        foreach (var b in scenario.Bodies)
            foreach (var e in b.Evidence) _entries.Add(new Entry(_entries.Count + 1, b.Id, e));
    }

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>The passages of <paramref name="owner"/> supporting exactly <paramref name="supports"/> (e.g. <c>position.line</c>).</summary>
    public IEnumerable<Entry> For(string owner, string supports) =>
        _entries.Where(e => e.Owner == owner && string.Equals(e.Link.Supports, supports, StringComparison.Ordinal));

    /// <summary>The passages of <paramref name="owner"/> whose path is not one of <paramref name="shown"/>.</summary>
    public IEnumerable<Entry> Others(string owner, IReadOnlySet<string> shown) =>
        _entries.Where(e => e.Owner == owner && !shown.Contains(e.Link.Supports));

    /// <summary>Links such as [3][4] to the listed passages, each with its quote as a tooltip.</summary>
    public static string Links(IEnumerable<Entry> entries)
    {
        var links = entries.Select(e =>
            $"<a href=\"#ev-{e.Number}\" title=\"{Html.Text(e.Link.Quote ?? e.Link.Note ?? e.Link.Supports)}\">[{e.Number}]</a>").ToList();
        return links.Count == 0 ? "" : $"<span class=\"refs\">{string.Concat(links)}</span>";
    }
}
