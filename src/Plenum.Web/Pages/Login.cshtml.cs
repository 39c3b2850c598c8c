using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages;

/// <summary>Password sign-in, throttled per user name and per client address.</summary>
public sealed class LoginModel(PlenumData data, LoginThrottle throttle) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = (Name ?? "").Trim().ToLowerInvariant();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsLocked(name, address))
        {
            Error = "Too many failed sign-ins. Wait 15 minutes and try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var user = name.Length == 0 ? null : await data.Accounts.FindUserAsync(name, HttpContext.RequestAborted);
        if (user is null || !UserAccounts.VerifyPassword(user, Password ?? ""))
        {
            throttle.Failed(name, address);
            Error = "The user name or password is wrong.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        throttle.Succeeded(name);
        var principal = PlenumClaims.Principal(user.Id, user.Name, user.IsAdmin, "cookie", PlenumWebApp.CookieScheme);
        await HttpContext.SignInAsync(PlenumWebApp.CookieScheme, principal);
        await data.AuditAsync(null, user.Name, "user.login", user.Name, address);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
