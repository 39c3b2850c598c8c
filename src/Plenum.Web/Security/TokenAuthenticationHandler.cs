using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Plenum.Web.Services;

namespace Plenum.Web.Security;

/// <summary>
/// Signs in scripts that send <c>Authorization: Bearer plm_…</c>. Such requests carry no cookie, so they are
/// not exposed to cross-site request forgery and skip the antiforgery check.
/// </summary>
public sealed class TokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, PlenumData data) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(UserAccounts.TokenPrefix, StringComparison.Ordinal)) return AuthenticateResult.Fail("not a Plenum token");
        var user = await data.Accounts.FindUserByTokenAsync(UserAccounts.HashToken(token), Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("unknown or revoked token");
        var principal = PlenumClaims.Principal(user.Id, user.Name, user.IsAdmin, "token", SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
