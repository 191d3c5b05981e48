using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication.Support;

/// <summary>Self-signed app certificates written as PFX or PEM files.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=TraineeBot test app", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(TestBot.Now.AddDays(-1), TestBot.Now.AddYears(1));
    }

    public static TempFile WritePfx(X509Certificate2 certificate, string? password) =>
        TempFile.Create(".pfx", certificate.Export(X509ContentType.Pkcs12, password));

    /// <summary>The certificate followed by its (optionally encrypted) PKCS#8 private key, in one PEM file.</summary>
    public static TempFile WritePem(X509Certificate2 certificate, string? password)
    {
        using var key = certificate.GetRSAPrivateKey()!;
        var keyPem = password is null
            ? key.ExportPkcs8PrivateKeyPem()
            : key.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));
        return TempFile.Create(".pem", $"{certificate.ExportCertificatePem()}\n{keyPem}\n");
    }

    public static TempFile WritePublicOnlyPem(X509Certificate2 certificate) =>
        TempFile.Create(".pem", certificate.ExportCertificatePem());
}
