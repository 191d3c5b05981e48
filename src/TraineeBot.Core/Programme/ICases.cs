namespace TraineeBot.Core.Programme;

/// <summary>
/// Cases: things about a trainee their coordinator must act on. Opening one stores it with its first message and, in
/// the same transaction, queues a card to the coordinator (through the outbox), so nothing a trainee asked is lost
/// between "decided" and "sent".
/// </summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ICases
{
    /// <summary>
    /// Opens a case for the trainee (their coordinator is responsible) unless one with the same
    /// <see cref="OpenCase.IdempotencyKey"/> exists (then that one is returned).
    /// </summary>
    /// <exception cref="ProgrammeRuleException">The trainee does not exist.</exception>
    Task<Case> OpenAsync(OpenCase request, CancellationToken cancellationToken);
}

/// <param name="Text">What the trainee wrote, or what the bot noticed; kept whole, however long.</param>
/// <param name="Details">Lines for the coordinator's card (the check-in's answers, the reasons for a flag).</param>
/// <param name="IdempotencyKey">Unique per event, e.g. <c>red-flag:{checkInId}</c>; null = always a new case.</param>
/// <param name="AuthorUserId">Who wrote <paramref name="Text"/> when not the trainee (the supervisor's user).</param>
/// <param name="Card">The coordinator's card, when the feature has its own; null = the case card (<c>cards/case-coordinator.json</c>).</param>
public sealed record OpenCase(
    Guid TraineeId,
    CaseKind Kind,
    string Text,
    CaseAuthor Author = CaseAuthor.Trainee,
    Guid? CheckInId = null,
    IReadOnlyList<string>? Details = null,
    string? IdempotencyKey = null,
    Guid? AuthorUserId = null,
    CoordinatorCard? Card = null);

/// <summary>A feature's own card for the coordinator: the template and its data; <c>caseId</c> is added to the data.</summary>
public sealed record CoordinatorCard(string Template, System.Text.Json.Nodes.JsonObject Data);
