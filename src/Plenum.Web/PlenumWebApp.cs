using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using Plenum.Web.Api;
using Plenum.Web.Security;
using Plenum.Web.Services;

namespace Plenum.Web;

/// <summary>
/// Builds the web app: Razor Pages for people, a JSON API (OpenAPI at <c>/openapi/v1.json</c>) for scripts, both
/// on the store the CLI uses. Listens on <c>http://127.0.0.1:5080</c> unless <c>--urls</c> says otherwise.
/// </summary>
public static class PlenumWebApp
{
    /// <summary>The address used when none is given: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Picks the token scheme when a bearer token is sent, else the cookie.</summary>
    public const string SmartScheme = "Plenum";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PlenumWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection("Plenum"));
        var maxUpload = builder.Configuration.GetValue<long?>("Plenum:MaxUploadBytes") ?? new WebOptions().MaxUploadBytes;
        // The request may carry the upload plus the form's other fields; larger bodies are cut off before parsing.
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload + 64 * 1024);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxUpload * 2 + 64 * 1024);

        // Sign-in cookies survive restarts: keep the keys beside an SQLite store (PostgreSQL users get the default folder).
        // Resolved when the app starts (not now), so settings added by hosts and tests apply.
        builder.Services.AddDataProtection().SetApplicationName("plenum");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(k =>
        {
            var location = Storage.RunStores.Resolve(sp.GetRequiredService<IOptions<WebOptions>>().Value.Store);
            if (location.Backend == Storage.StoreBackend.Sqlite && Path.GetDirectoryName(location.Display) is { Length: > 0 } folder)
                k.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(folder, "web-keys")), sp.GetRequiredService<ILoggerFactory>());
        }));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PlenumData>();
        builder.Services.AddSingleton<WorkspaceAccess>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<ForecastQueue>();
        builder.Services.AddSingleton<ForecastExecutor>();
        builder.Services.AddSingleton<WorkspaceActions>();
        builder.Services.AddSingleton<Evidence.EvidenceData>();
        builder.Services.AddHostedService<ForecastWorker>();
        builder.Services.AddSingleton<ServerActivity>();
        builder.Services.AddHostedService<IdleMemoryTrimmer>();

        builder.Services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "cookie or token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName : CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.Cookie.Name = "plenum.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    if (IsApi(context.Request)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy("admin", p => p.RequireAuthenticatedUser().RequireClaim(PlenumClaims.Admin, "true"));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "plenum.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", "admin");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Status");
        });
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();
        // First in the pipeline: every request, static files and refusals included, counts as activity for the idle trim.
        var activity = app.Services.GetRequiredService<ServerActivity>();
        app.Use(async (context, next) =>
        {
            activity.Begin();
            try
            {
                await next(context);
            }
            finally
            {
                activity.End();
            }
        });
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/status/500");
        // People get a page for 403/404/429…; API callers get the bare status (and JSON where there is more to say).
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use((context, next) =>
        {
            if (IsApi(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(PlenumWebApp).Assembly, "Plenum.Web.wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapPlenumApi();
        app.MapEvidenceApi();
        app.MapJobEvents();
        app.MapRazorPages();
        return app;
    }

    /// <summary>API paths answer with status codes and JSON, never with redirects or HTML pages.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
