namespace TraineeBot.Graph;

/// <summary>
/// How the bot reaches Microsoft Graph (section <c>Graph</c>; environment variables <c>Graph__TenantId</c> and so on).
/// Everything empty means Graph is not used. A credential is <see cref="ClientSecret"/>, <see cref="CertificatePath"/>
/// (wins over the secret when both are set) or a managed identity (<see cref="ManagedIdentityClientId"/> for a
/// user-assigned one, <see cref="UseManagedIdentity"/> for the system-assigned one). See <c>docs/graph.md</c>.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>The scope of an app-only token for Graph.</summary>
    public const string Scope = "https://graph.microsoft.com/.default";

    /// <summary>The Entra tenant the app registration and the users live in.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's application (client) id; may be the bot's own.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM file with the app's certificate and private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The client id of a user-assigned managed identity that has the Graph permissions.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Use the system-assigned managed identity of the host.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>
    /// The app's id in the organisation's app catalog (not the manifest id): <c>GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'</c>.
    /// Needed to install the app; looking people up works without it.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>The Graph endpoint requests go to. Tests point it at a fake server.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public GraphResilienceOptions Resilience { get; set; } = new();

    internal bool UsesManagedIdentity => UseManagedIdentity || Has(ManagedIdentityClientId);

    /// <summary>Enough to get a token: a managed identity, or a tenant, a client id and a secret or certificate.</summary>
    public bool HasCredentials =>
        UsesManagedIdentity || (Has(TenantId) && Has(ClientId) && (Has(ClientSecret) || Has(CertificatePath)));

    /// <summary>Credentials and the catalog id: people can be looked up and the app installed for them.</summary>
    public bool IsConfigured => HasCredentials && Has(TeamsAppCatalogId);

    /// <summary>True when any key that says "use Graph" is set; then the configuration must be complete.</summary>
    internal bool IsAnythingSet =>
        UseManagedIdentity || new[] { TenantId, ClientId, ClientSecret, CertificatePath, CertificatePassword, ManagedIdentityClientId, TeamsAppCatalogId }.Any(Has);

    internal static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
