namespace Plenum.Core.Evidence.Quotes;

/// <summary>Something in the marks that could not be read cleanly; reported, never thrown.</summary>
/// <param name="Offset">Position of the offending mark in the original text.</param>
/// <param name="Code"><c>unclosed-quote</c>, <c>stray-closing-mark</c> or <c>unclosed-inner-quote</c>.</param>
/// <param name="Message">One line for the analyst, naming the mark and what was done with it.</param>
public sealed record QuoteProblem(int Offset, string Code, string Message);
