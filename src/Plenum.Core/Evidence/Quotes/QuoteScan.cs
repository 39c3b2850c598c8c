namespace Plenum.Core.Evidence.Quotes;

/// <summary>The result of <see cref="QuoteFinder.Find"/>: the quotations in document order and the problems met.</summary>
public sealed record QuoteScan(string Text, IReadOnlyList<Quotation> Quotations, IReadOnlyList<QuoteProblem> Problems)
{
    /// <summary>The quotations that sit in narration (depth 0).</summary>
    public IEnumerable<Quotation> TopLevel => Quotations.Where(q => q.Depth == 0);
}
