namespace Plenum.Evidence.Search;

/// <summary>A stretch of a document's text indexed for search: <c>[Start, End)</c> in UTF-16 code units.</summary>
public readonly record struct TextSegment(int Start, int End)
{
    /// <summary>How many characters the segment covers.</summary>
    public int Length => End - Start;
}
