using Microsoft.Playwright;

namespace TraineeBot.Testing.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright for .NET. Never downloads a browser: it runs
/// <c>/usr/bin/chromium</c> (or <c>CHROMIUM_PATH</c>), and fails — never skips — when that is missing. One instance
/// can serve a whole test class (each <see cref="PlaygroundBrowser"/> opens its own context, i.e. a fresh profile).
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string InstallHint =
        "Install it with `apt-get install -y --no-install-recommends chromium` (as .ci/run does), or set CHROMIUM_PATH to a Chromium executable.";

    // Without the background-networking flags Chromium keeps calling Google on this closed network and stalls.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<ChromiumBrowser> LaunchAsync(CancellationToken cancellationToken)
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium is missing: no executable at {path}. The browser tests need it. {InstallHint}");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Playwright gives every launch a new, empty user-data-dir.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Arguments,
                Timeout = 60_000,
            });
            return new ChromiumBrowser(playwright, browser);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium at {path} did not start: {ex.Message}\n{InstallHint}", ex);
        }
    }

    /// <summary>A fresh browser context (own cookies and storage) that can reach loopback only.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            Locale = "en-US",
        });

        // Playground's page asks a CDN for fonts and an animation script: refuse them at once instead of waiting on DNS.
        await context.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync());
        return context;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
