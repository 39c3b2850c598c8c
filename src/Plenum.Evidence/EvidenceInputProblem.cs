namespace Plenum.Evidence;

/// <summary>Why a file cannot become a document; each kind has its own message naming the file and what to do.</summary>
public enum EvidenceInputProblem
{
    /// <summary>The file holds no text at all, or only white space.</summary>
    Empty,

    /// <summary>The file is larger than <see cref="ExtractionLimits.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The file is an image, archive, executable or other binary data, not a document.</summary>
    Binary,

    /// <summary>The bytes are not valid UTF-8 and no single-byte encoding fits them with confidence.</summary>
    UnknownEncoding,

    /// <summary>The PDF is encrypted.</summary>
    EncryptedPdf,

    /// <summary>The PDF has pages but no text layer (scanned images).</summary>
    NoTextLayer,

    /// <summary>The file claims a format but cannot be read as it (a damaged PDF).</summary>
    Damaged,
}
