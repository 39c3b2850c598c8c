using Plenum.Web.Services.NumberForm;

namespace Plenum.Web.Pages.Spaces;

/// <summary>One citation row of the numbers form: the citation, its index in the posted list, and whether it is read-only.</summary>
public sealed record CitationView(CitationInput Citation, int Index, bool ReadOnly);
