namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>Configuration section <c>Certificates</c>: who issues the trainees' certificates.</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>The municipality named on every certificate.</summary>
    public string Municipality { get; set; } = "Botkyrka kommun";

    /// <summary>The programme's name as written on the certificate.</summary>
    public string ProgrammeName { get; set; } = "Traineeprogrammet";
}
