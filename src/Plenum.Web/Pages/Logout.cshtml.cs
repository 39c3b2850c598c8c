using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plenum.Web.Pages;

/// <summary>Signs out (POST only, with the antiforgery token, so no link can sign a user out).</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PlenumWebApp.CookieScheme);
        return Redirect("/login");
    }
}
