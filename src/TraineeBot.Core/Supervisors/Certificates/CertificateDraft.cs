namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>
/// What a draft certificate (intyg) for a trainee is built from: the placement's facts and the supervisor's input at
/// the end of the period. The coordinator reviews it before anything is given to the trainee.
/// </summary>
/// <param name="Municipality">The issuing municipality (<see cref="CertificateOptions.Municipality"/>).</param>
/// <param name="HoursPerWeek">Hours worked per week, as the supervisor gave them; null when not given.</param>
/// <param name="Reference">The supervisor's free-text reference; null when none.</param>
public sealed record CertificateDraft(
    string Municipality,
    string ProgrammeName,
    string TraineeName,
    string WorkplaceName,
    string? Organisation,
    string? Role,
    DateOnly StartDate,
    DateOnly LastDay,
    string TasksPerformed,
    string SkillsShown,
    decimal? HoursPerWeek,
    string? Reference,
    string SupervisorName,
    string? SupervisorPhone,
    string? SupervisorEmail,
    string CoordinatorName,
    DateOnly IssuedOn);
