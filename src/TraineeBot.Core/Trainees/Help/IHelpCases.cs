using System.Text.Json.Nodes;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// The conversation of a case between a trainee and the coordinator: messages kept in the case history
/// (<see cref="CaseMessage"/>) and relayed through the outbox. Opening a case is <see cref="ICases.OpenAsync"/>.
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface IHelpCases
{
    /// <summary>The trainee a case is about, or null when there is no such case.</summary>
    Task<Guid?> TraineeOfCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The trainee's open help request or question (the newest), if any.</summary>
    Task<OpenHelpCase?> FindOpenAsync(Guid traineeId, CancellationToken cancellationToken);

    /// <summary>Stores what the trainee wrote in the case and relays it to the coordinator (and the backup once escalated) as an updated card.</summary>
    Task AddTraineeMessageAsync(Guid caseId, string text, CancellationToken cancellationToken);

    /// <summary>Stores a note from the bot (what it asked the trainee) in the case; nothing is sent.</summary>
    Task AddBotNoteAsync(Guid caseId, string text, CancellationToken cancellationToken);

    /// <summary>
    /// A coordinator's reply from the case card: checked against who asks (the case's coordinator, or the backup once
    /// escalated), stored, relayed to the trainee; the result carries the card's new data.
    /// </summary>
    Task<CaseActionResult> ReplyAsync(Guid caseId, Guid askerUserId, string text, CancellationToken cancellationToken);

    /// <summary>Marks the case solved (same check as <see cref="ReplyAsync"/>) and tells the trainee.</summary>
    Task<CaseActionResult> ResolveAsync(Guid caseId, Guid askerUserId, CancellationToken cancellationToken);
}

/// <param name="LastAuthor">Who wrote the case's newest message.</param>
/// <param name="LastText">The newest message's text.</param>
public sealed record OpenHelpCase(Guid Id, CaseKind Kind, CaseAuthor LastAuthor, string LastText);

public enum CaseActionOutcome
{
    Done,
    NotFound,
    Forbidden,
    AlreadyResolved,
    EmptyReply,
}

/// <param name="CardData">The data of the coordinator's card (<c>cards/case-coordinator.json</c>) after the action; null when nothing was done.</param>
/// <param name="Language">The asker's language, for the texts of an error.</param>
public sealed record CaseActionResult(CaseActionOutcome Outcome, JsonObject? CardData, string Language);
