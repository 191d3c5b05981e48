using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using TraineeBot.BotFramework.Authentication;

namespace TraineeBot.Graph;

/// <summary>Builds the Azure.Identity credential that matches validated <see cref="GraphOptions"/>.</summary>
internal static class GraphCredentials
{
    /// <summary>
    /// A managed identity (user-assigned when <see cref="GraphOptions.ManagedIdentityClientId"/> is set, else
    /// system-assigned), else client credentials with the certificate (when set) or the secret.
    /// </summary>
    public static TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UsesManagedIdentity)
        {
            return GraphOptions.Has(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId))
                : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        }

        var tenantId = Required(options.TenantId, nameof(options.TenantId));
        var clientId = Required(options.ClientId, nameof(options.ClientId));
        return GraphOptions.Has(options.CertificatePath)
            ? new ClientCertificateCredential(tenantId, clientId, LoadCertificate(options.CertificatePath!, options.CertificatePassword))
            : new ClientSecretCredential(tenantId, clientId, Required(options.ClientSecret, nameof(options.ClientSecret)));
    }

    /// <exception cref="InvalidOperationException">The file is not a certificate with a private key, or the password is wrong.</exception>
    internal static X509Certificate2 LoadCertificate(string path, string? password) =>
        AppCertificateLoader.Load(path, password, "Graph:CertificatePath", "Graph:CertificatePassword");

    private static string Required(string? value, string key) =>
        GraphOptions.Has(value) ? value!.Trim() : throw new InvalidOperationException($"Graph:{key} is required.");
}
