using Microsoft.Extensions.Options;

namespace TraineeBot.Graph;

/// <summary>
/// Refuses, at startup, a Graph configuration that is half there: it would otherwise fail only when the bot first tries
/// to reach someone. Nothing set at all is fine (Graph is then not used).
/// </summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    private const string Section = GraphOptions.SectionName;

    /// <summary>The shortest timeout Polly accepts.</summary>
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);

    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsAnythingSet)
        {
            ValidateCredentials(options, failures);
            ValidateCatalogId(options, failures);
        }

        ValidateBaseUrl(options, failures);
        ValidateResilience(options.Resilience, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(GraphOptions options, List<string> failures)
    {
        var hasSecret = GraphOptions.Has(options.ClientSecret);
        var hasCertificate = GraphOptions.Has(options.CertificatePath);
        if (options.UsesManagedIdentity)
        {
            if (hasSecret || hasCertificate)
            {
                failures.Add($"{Section} uses a managed identity, not a secret: remove {Section}:ClientSecret and {Section}:CertificatePath, "
                    + $"or remove {Section}:ManagedIdentityClientId and {Section}:UseManagedIdentity.");
            }

            return;
        }

        var missing = new List<string>();
        if (!GraphOptions.Has(options.TenantId))
        {
            missing.Add($"{Section}:TenantId");
        }

        if (!GraphOptions.Has(options.ClientId))
        {
            missing.Add($"{Section}:ClientId");
        }

        if (!hasSecret && !hasCertificate)
        {
            missing.Add($"a credential ({Section}:ClientSecret or {Section}:CertificatePath; or {Section}:ManagedIdentityClientId "
                + $"or {Section}:UseManagedIdentity=true for a managed identity)");
        }

        if (missing.Count > 0)
        {
            failures.Add($"{Section} is partly configured; missing: {string.Join(", ", missing)}. "
                + $"Set them, or remove every {Section}:* key to run without Microsoft Graph.");
        }

        if (!hasCertificate && GraphOptions.Has(options.CertificatePassword))
        {
            failures.Add($"{Section}:CertificatePassword is set but {Section}:CertificatePath is not.");
        }

        if (hasCertificate && !File.Exists(options.CertificatePath))
        {
            failures.Add($"{Section}:CertificatePath '{options.CertificatePath}' does not exist.");
        }
    }

    private static void ValidateCatalogId(GraphOptions options, List<string> failures)
    {
        if (GraphOptions.Has(options.TeamsAppCatalogId) && !Guid.TryParse(options.TeamsAppCatalogId, out _))
        {
            failures.Add($"{Section}:TeamsAppCatalogId '{options.TeamsAppCatalogId}' is not an app catalog id (a GUID). "
                + "It is the id Graph gives the published app, not the manifest id: see docs/graph.md.");
        }
    }

    private static void ValidateBaseUrl(GraphOptions options, List<string> failures)
    {
        var url = options.BaseUrl;
        if (url is null || !url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            failures.Add($"{Section}:BaseUrl must be an absolute https URL (plain http only on loopback, for tests).");
        }
    }

    private static void ValidateResilience(GraphResilienceOptions resilience, List<string> failures)
    {
        if (resilience.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Section}:Resilience:MaxRetries must be between 0 and 10.");
        }

        if (resilience.RetryBaseDelay <= TimeSpan.Zero || resilience.MaxRetryAfter <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:Resilience:RetryBaseDelay and MaxRetryAfter must be positive.");
        }

        if (resilience.AttemptTimeout < MinimumTimeout || resilience.TotalTimeout < resilience.AttemptTimeout)
        {
            failures.Add($"{Section}:Resilience:AttemptTimeout must be at least {MinimumTimeout.TotalMilliseconds} ms and TotalTimeout at least as long.");
        }
    }
}
