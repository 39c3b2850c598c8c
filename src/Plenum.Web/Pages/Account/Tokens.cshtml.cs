using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenum.Storage.Accounts;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web.Pages.Account;

/// <summary>The user's own API tokens: create (shown once) and revoke. Only the SHA-256 of a token is stored.</summary>
public sealed class TokensModel(PlenumData data) : PageModel
{
    public IReadOnlyList<ApiTokenInfo> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }

    public async Task OnGetAsync() => Tokens = await data.Accounts.ListTokensAsync(User.UserId(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync(string? name)
    {
        var label = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(64, name.Trim().Length)];
        var (token, hash) = UserAccounts.NewToken();
        await data.Accounts.AddTokenAsync(User.UserId(), label, hash, data.Clock.GetUtcNow(), HttpContext.RequestAborted);
        await data.AuditAsync(null, User.UserName(), "token.create", label, "", HttpContext.RequestAborted);
        NewToken = token;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        if (await data.Accounts.DeleteTokenAsync(User.UserId(), id, HttpContext.RequestAborted))
            await data.AuditAsync(null, User.UserName(), "token.revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "", HttpContext.RequestAborted);
        await OnGetAsync();
        return Page();
    }
}
