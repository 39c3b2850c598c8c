using Plenum.Core.Scenarios;

namespace Plenum.Web.Services.NumberForm;

/// <summary>
/// One evidence citation of an actor as the form shows it: the source id, the quoted passage, the stored passage
/// it cites (<c>doc-…:FROM-TO</c>), whether it supports, contradicts or only gives context, and the analyst's note.
/// <see cref="Supports"/> ties it to a number (<c>capability</c>, <c>position.ISSUE</c>, <c>salience.ISSUE</c>) or to
/// something else (<c>member</c>, <c>statement</c>).
/// </summary>
public sealed class CitationInput
{
    public string Actor { get; set; } = "";

    public string Supports { get; set; } = "";

    public string? Source { get; set; }

    public string? Quote { get; set; }

    public string? Passage { get; set; }

    public string? Stance { get; set; }

    public string? Note { get; set; }

    /// <summary>Ticked to drop the citation.</summary>
    public bool Remove { get; set; }

    /// <summary>An empty row offered for a new citation; left empty, it is ignored.</summary>
    public bool IsNew { get; set; }

    public static CitationInput From(string actor, EvidenceLink link) => new()
    {
        Actor = actor, Supports = link.Supports, Source = link.SourceId, Quote = link.Quote, Passage = link.Passage?.ToString(),
        Stance = link.Stance switch { EvidenceStance.Contradicts => "contradicts", EvidenceStance.Context => "context", _ => "supports" },
        Note = link.Note,
    };

    /// <summary>Whether a new row was left empty.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Quote) && string.IsNullOrWhiteSpace(Passage)
                           && string.IsNullOrWhiteSpace(Note);

    /// <summary>What the citation says, for comparing the form with the file (empty text counts as absent).</summary>
    public (string, string?, string, string?, string, string?) Identity =>
        (Clean(Source) ?? "", Clean(Quote), Supports, Clean(Note), Clean(Stance) ?? "supports", Clean(Passage));

    /// <summary>The citation as a block-sequence entry at <paramref name="indent"/> (the column of <c>evidence:</c>).</summary>
    public string ToYaml(string indent)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(indent).Append("  - source: ").Append(NumberInput.Quote(Clean(Source) ?? "")).Append('\n');
        if (Clean(Quote) is { } q) sb.Append(indent).Append("    quote: ").Append(NumberInput.Quote(q)).Append('\n');
        sb.Append(indent).Append("    supports: ").Append(NumberInput.Quote(Supports)).Append('\n');
        if (Clean(Stance) is { } s && s != "supports") sb.Append(indent).Append("    stance: ").Append(NumberInput.Quote(s)).Append('\n');
        if (Clean(Note) is { } n) sb.Append(indent).Append("    note: ").Append(NumberInput.Quote(n)).Append('\n');
        if (Clean(Passage) is { } p) sb.Append(indent).Append("    passage: ").Append(NumberInput.Quote(p)).Append('\n');
        return sb.ToString();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
