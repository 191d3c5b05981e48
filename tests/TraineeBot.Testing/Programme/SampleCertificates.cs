using TraineeBot.Core.Supervisors.Certificates;

namespace TraineeBot.Testing.Programme;

/// <summary>Draft certificates for tests of the certificate's text, its PDF and its download.</summary>
public static class SampleCertificates
{
    /// <summary>Amira's certificate from Förskolan Solen, every optional part filled in.</summary>
    public static CertificateDraft Amira() => new(
        Municipality: "Botkyrka kommun",
        ProgrammeName: "Traineeprogrammet",
        TraineeName: "Amira Hassan",
        WorkplaceName: "Förskolan Solen",
        Organisation: "Förskoleförvaltningen",
        Role: "barnskötare",
        StartDate: new DateOnly(2026, 1, 7),
        LastDay: new DateOnly(2026, 6, 30),
        TasksPerformed: "Omsorg om barnen, måltider och utevistelse.",
        SkillsShown: "Punktlig, lugn och bra på att samarbeta.",
        HoursPerWeek: 37.5m,
        Reference: "Amira har varit en tillgång för arbetslaget.",
        SupervisorName: "Maria Berg",
        SupervisorPhone: "070-123 45 67",
        SupervisorEmail: "maria.berg@example.se",
        CoordinatorName: "Karin Lind",
        IssuedOn: new DateOnly(2026, 6, 30));
}
