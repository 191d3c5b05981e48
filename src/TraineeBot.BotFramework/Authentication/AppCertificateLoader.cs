using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TraineeBot.BotFramework.Authentication;

/// <summary>
/// Loads a certificate with its private key from a PFX (PKCS#12) or a PEM file: the bot's app certificate, and the
/// Graph client certificate (TraineeBot.Graph).
/// </summary>
public static class AppCertificateLoader
{
    /// <summary>Loads the certificate at <paramref name="path"/>, decrypting it with <paramref name="password"/> when one is given.</summary>
    /// <param name="path">A PFX file, or a PEM file holding the certificate and its private key.</param>
    /// <param name="password">The PFX password or the encrypted PEM's passphrase; null or empty for none.</param>
    /// <param name="pathSetting">The setting that names the file, for messages: "MicrosoftAppCertificatePath".</param>
    /// <param name="passwordSetting">The setting that holds the password, for messages: "MicrosoftAppCertificatePassword".</param>
    /// <exception cref="InvalidOperationException">The file cannot be read as a certificate with a private key.</exception>
    public static X509Certificate2 Load(string path, string? password, string pathSetting, string passwordSetting)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
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
                $"The certificate in '{path}' could not be loaded (wrong {passwordSetting}, or no private key in the PEM?).", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The certificate in '{path}' has no private key; {pathSetting} needs one.");
        }

        return certificate;
    }

    /// <summary>PEM is text with "-----BEGIN" armour (possibly after "Bag Attributes" lines); PKCS#12 is binary DER.</summary>
    private static bool IsPem(string path) => File.ReadAllText(path).Contains("-----BEGIN ", StringComparison.Ordinal);
}
