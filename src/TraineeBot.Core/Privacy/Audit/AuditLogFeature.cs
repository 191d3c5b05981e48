using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Coordinators.Status.Intents;

namespace TraineeBot.Core.Privacy.Audit;

/// <summary>
/// "logg för Amira" / "logg Amira" / "vem har sett Amira" / "audit log for Amira" / "audit Amira" / "who has seen
/// Amira": the trainee's audit log as a card, for a coordinator (their caseload) or an administrator (anyone). The name
/// is matched as in the status questions; an ambiguous one asks which; an unknown one, or one outside the caseload, gets
/// the same neutral answer. Anyone else (a trainee, a supervisor) is not answered here: the message goes on.
/// </summary>
internal sealed class AuditLogFeature(AuditLogAccess access, AuditLogReader reader, AuditLogCards cards) : IMessageFeature
{
    /// <summary>The command recorded for a read by message.</summary>
    public const string Command = "audit.log";

    // Normalized (CommandText): lower case, no accents. Longest first, so "audit log for" wins over "audit".
    private static readonly string[] Prefixes =
    [
        "audit log for", "audit log of", "audit log", "vem har sett", "who has seen", "who saw", "loggen for", "logg for", "logg over",
        "logg", "audit",
    ];

    public int Order => MessageFeatureOrder.Commands + 15;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || string.IsNullOrWhiteSpace(message.Text))
        {
            return false;
        }

        var normalized = CommandText.Normalize(message.Text);
        var prefix = Prefixes.FirstOrDefault(p => normalized == p || normalized.StartsWith(p + " ", StringComparison.Ordinal));
        if (prefix is null || await access.ReadableAsync(message.Contact, cancellationToken) is not { } readable)
        {
            return false;
        }

        var language = message.Language;
        var words = message.Text.Trim().TrimEnd('.', '!', '?').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var nameQuery = string.Join(' ', words.Skip(prefix.Split(' ').Length)).Trim();
        if (nameQuery.Length == 0)
        {
            await message.Turn.ReplyTextAsync(PrivacyTexts.Get(language, "AuditHowTo"), cancellationToken);
            return true;
        }

        switch (TraineeNameMatcher.Match(nameQuery, readable.Trainees))
        {
            case NameMatch.Exact exact when await reader.ReadAsync(exact.Person, message.Contact, Command, language, cancellationToken) is { } card:
                await message.Turn.ReplyCardAsync(card, AuditLogCards.Template, cancellationToken);
                return true;
            case NameMatch.Ambiguous ambiguous:
                await message.Turn.ReplyCardAsync(cards.WhichOne(ambiguous.People, language), AuditLogCards.Template, cancellationToken);
                return true;
            default:
                // The same answer for nobody by that name and somebody outside the caseload.
                await message.Turn.ReplyTextAsync(StatusTexts.Get(language, "NoSuchTrainee", nameQuery), cancellationToken);
                return true;
        }
    }
}

/// <summary><c>audit.log</c>: a name on "whose log?" was pressed; the id is checked against what the asker may read.</summary>
internal sealed class AuditLogAction(AuditLogAccess access, AuditLogReader reader) : ICardAction
{
    public const string VerbName = "audit.log";

    public string Verb => VerbName;

    public async Task<AdaptiveCardInvokeResponse> ExecuteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var language = action.Language;
        if (await access.ReadableAsync(action.Contact, cancellationToken) is not { } readable
            || action.Data["traineeId"] is not JsonValue value || !Guid.TryParse(value.ToString(), out var traineeId)
            // An id outside what the asker may read still goes to the policy, which refuses it and records the attempt.
            || await reader.ReadAsync(readable.Trainees.FirstOrDefault(t => t.Id == traineeId) ?? new NamedPerson(traineeId, string.Empty),
                action.Contact, VerbName, language, cancellationToken) is not { } card)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotInCaseload", StatusTexts.Get(language, "NotInCaseload"));
        }

        return AdaptiveCardInvokeResponse.Card(card);
    }
}
