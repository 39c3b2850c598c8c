using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plenum.Web.Pages;

/// <summary>The workspace switcher's target: redirects to the chosen workspace (which checks membership itself).</summary>
public sealed class GoModel : PageModel
{
    public IActionResult OnGet(long ws) => Redirect($"/w/{ws}");
}
