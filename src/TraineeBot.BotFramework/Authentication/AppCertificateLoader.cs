using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>Loads the app's certificate from a PFX (PKCS#12) or a PEM file holding the certificate and its private key.</summary>
internal static class AppCertificateLoader
{
    /// <exception cref="InvalidOperationException">The file cannot be read as a certificate with a private key.</exception>
    public static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = IsPem(path)
                ? string.IsNullOrEmpty(password)
                    ? X509Certificate2.CreateFromPemFile(path)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, password)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException(
                $"The certificate in '{path}' could not be loaded (wrong MicrosoftAppCertificatePassword, or no private key in the PEM?).", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The certificate in '{path}' has no private key; MicrosoftAppCertificatePath needs one.");
        }

        return certificate;
    }

    /// <summary>PEM is text with "-----BEGIN" armour (possibly after "Bag Attributes" lines); PKCS#12 is binary DER.</summary>
    private static bool IsPem(string path) => File.ReadAllText(path).Contains("-----BEGIN ", StringComparison.Ordinal);
}
