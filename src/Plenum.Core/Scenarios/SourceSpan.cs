namespace Plenum.Core.Scenarios;

/// <summary>A place in an input file, 1-based, as users see it in an editor.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>The <c>FILE:LINE:COL</c> form every problem message starts with.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
