namespace Plenum.Web.Tests;

/// <summary>
/// A test that drives Debian's Chromium (<c>/usr/bin/chromium</c>) through Playwright; no browser is downloaded.
/// Without Chromium it is skipped on a developer's machine, but under <c>CI=true</c> it runs and fails, so CI
/// cannot pass without the browser tests.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Chromium) && !ci)
            Skip = $"{Chromium} is missing: install it with 'apt-get install -y chromium' to run the browser tests (CI installs it and fails without it)";
    }
}
