using System.Security.Claims;

namespace Plenum.Web.Security;

/// <summary>The claims a signed-in user carries, and how to read them.</summary>
public static class PlenumClaims
{
    /// <summary>Present with value <c>true</c> for admins.</summary>
    public const string Admin = "plenum:admin";

    /// <summary>How the user signed in: <c>cookie</c> or <c>token</c> (antiforgery applies only to cookies).</summary>
    public const string Via = "plenum:via";

    public static ClaimsPrincipal Principal(long userId, string name, bool isAdmin, string via, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, name),
            new(Via, via),
        };
        if (isAdmin) claims.Add(new Claim(Admin, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static long UserId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : 0;

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static bool IsAdmin(this ClaimsPrincipal user) => user.HasClaim(Admin, "true");
}
