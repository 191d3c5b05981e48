using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>
/// <see cref="ICertificateDrafts"/> from the supervisor's certificate input (the latest answer: a change or an
/// addendum wins) and the placement's facts, for whom the access policy allows (the trainee's coordinator or their backup).
/// </summary>
[AccessGuard]
internal sealed class SupervisorCertificateDrafts(
    IAccessPolicy policy, ISupervisorCheckIns store, IProgramme programme, IOptions<CertificateOptions> options, TimeProvider time)
    : ICertificateDrafts
{
    /// <summary>How opening a draft appears in the audit log.</summary>
    public const string Command = "certificate.draft";

    public async Task<CertificateDraft?> DraftAsync(Guid checkInId, Guid askingUserId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(checkInId, cancellationToken) is not { Kind: CheckInKinds.Certificate, AnsweredUtc: not null } checkIn
            || !(await policy.DecideAsync(askingUserId, AccessAction.ViewCertificateDraft, checkIn.TraineeId, Command, cancellationToken)).Allowed
            || await programme.JourneyAsync(checkIn.TraineeId, cancellationToken) is not { } journey)
        {
            return null;
        }

        return From(checkIn, journey, options.Value, StockholmTime.Today(time));
    }

    /// <summary>The draft from a check-in's latest certificate answer; null when it has none.</summary>
    public static CertificateDraft? From(CheckIn checkIn, TraineeJourney journey, CertificateOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(options);
        if (SupervisorAnswerJson.Latest(checkIn) is not { } answer)
        {
            return null;
        }

        var placement = journey.Placement;
        return new CertificateDraft(
            options.Municipality,
            options.ProgrammeName,
            journey.Trainee.Name,
            journey.Workplace?.Name ?? string.Empty,
            journey.Workplace?.Organisation,
            placement?.Role,
            placement?.StartDate ?? today,
            placement?.LastDay() ?? today,
            Text(answer, "tasks-performed") ?? string.Empty,
            Text(answer, "skills-shown") ?? string.Empty,
            answer["hours-per-week"] is JsonValue hours && hours.TryGetValue<decimal>(out var perWeek) ? perWeek : null,
            Text(answer, "reference"),
            journey.Supervisor?.Name ?? string.Empty,
            journey.Supervisor?.Phone,
            journey.Supervisor?.Email,
            journey.Coordinator.Name,
            today);
    }

    private static string? Text(JsonObject answer, string field) =>
        answer[field] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
