namespace Plenum.Web.Security;

/// <summary>
/// Headers on every response: a strict content security policy (scripts and styles only from the app itself;
/// ECharts sets inline styles, hence <c>'unsafe-inline'</c> for styles only), no framing, no MIME sniffing,
/// no referrer to other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            // An endpoint may set a stricter policy of its own (the report download is sandboxed).
            if (!h.ContainsKey("Content-Security-Policy")) h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!h.ContainsKey("Cache-Control") && !context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/css")
                && !context.Request.Path.StartsWithSegments("/js"))
                h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}
