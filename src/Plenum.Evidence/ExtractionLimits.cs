namespace Plenum.Evidence;

/// <summary>The documented limits of ingestion (docs/evidence/store.md).</summary>
public static class ExtractionLimits
{
    /// <summary>
    /// The largest file accepted: 64 MiB. The original bytes, the extracted text and the search segments are all
    /// stored, and a document is written in one transaction; larger sources are split into parts first.
    /// </summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The share of control characters (other than tab, line feed, carriage return and form feed) above which decoded bytes are called binary: 1 in 1,000.</summary>
    public const double MaxControlShare = 0.001;
}
