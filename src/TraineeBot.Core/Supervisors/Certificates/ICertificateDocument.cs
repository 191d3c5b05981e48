namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>Renders a draft certificate as a printable document (PDF).</summary>
public interface ICertificateDocument
{
    /// <summary>The PDF's bytes: the same Swedish text as <see cref="CertificateText"/>, on A4.</summary>
    byte[] RenderPdf(CertificateDraft draft);
}
