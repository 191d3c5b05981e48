using System.Text.Json.Nodes;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.Certificates;
using TraineeBot.Core.Supervisors.Flags;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>How a valid answer was stored.</summary>
public enum SupervisorAnswerMode
{
    /// <summary>The first answer.</summary>
    First,

    /// <summary>Replaced the earlier answer (the coordinator had not seen it yet).</summary>
    Changed,

    /// <summary>Added after the coordinator had seen the answer; the first stays as it was.</summary>
    Addendum,
}

public sealed record SupervisorAnswerSaved(SupervisorAnswerMode Mode, bool Flagged);

/// <summary>
/// Stores a supervisor's valid answer: the first, a replacement until the coordinator has seen it, an addendum after.
/// A check-in answer that raises a red flag opens a case with the coordinator's card in the same transaction; a
/// certificate input queues the coordinator's draft certificate.
/// </summary>
public sealed class SupervisorAnswers(
    ISupervisorCheckIns store,
    SupervisorForms forms,
    SupervisorFlagCards flagCards,
    CertificateDraftCards certificateCards,
    TimeProvider time)
{
    public async Task<SupervisorAnswerSaved> SaveAsync(CheckIn checkIn, TraineeJourney journey, JsonObject answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(answer);
        var now = time.GetUtcNow();
        var mode = checkIn.AnsweredUtc is null ? SupervisorAnswerMode.First
            : checkIn.SeenByCoordinatorUtc is null ? SupervisorAnswerMode.Changed
            : SupervisorAnswerMode.Addendum;
        var coordinatorLanguage = await store.LanguageAsync(journey.Coordinator.UserId, cancellationToken);
        var reasons = checkIn.Kind == CheckInKinds.Supervisor
            ? SupervisorRedFlags.Reasons(forms.For(checkIn.Kind), answer, coordinatorLanguage)
            : [];
        if (mode == SupervisorAnswerMode.Addendum)
        {
            SupervisorAnswerJson.AddAddendum(checkIn, answer, reasons.Count > 0, now);
            checkIn.Flagged |= reasons.Count > 0;
        }
        else
        {
            checkIn.AnswersJson = answer.ToJsonString();
            checkIn.AnsweredUtc ??= now;
            checkIn.Flagged = reasons.Count > 0;
            checkIn.FlagReasons = reasons.Count > 0 ? string.Join('\n', reasons) : null;
        }

        checkIn.Status = CheckInStatus.Answered;
        checkIn.AnswerRevision++;
        if (reasons.Count > 0)
        {
            // Saved with the case and the coordinator's card in one transaction.
            await flagCards.OpenAsync(checkIn, journey, answer, reasons, mode, coordinatorLanguage, cancellationToken);
        }
        else if (checkIn.Kind == CheckInKinds.Certificate)
        {
            await certificateCards.QueueAsync(checkIn, journey, coordinatorLanguage, cancellationToken);
        }

        await store.SaveAsync(cancellationToken);
        return new SupervisorAnswerSaved(mode, reasons.Count > 0);
    }
}
