using System.Text.Json.Nodes;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// "registrera" / "ny trainee" / "register" / "new trainee" from a coordinator: the registration card. A name and an
/// e-mail address in the sentence ("registrera Sara Nilsson sara.nilsson@botkyrka.se") prefill it.
/// </summary>
internal sealed class RegistrationFeature(CoordinatorCaseloads caseloads, RegistrationCards cards) : IMessageFeature
{
    private static readonly string[] Commands =
    [
        "registrera trainee", "registrera deltagare", "registrera ny trainee", "registrera en trainee", "ny trainee", "ny deltagare",
        "lagg till trainee", "register trainee", "register a trainee", "register a new trainee", "new trainee", "add trainee", "add a trainee",
        "registrera", "register",
    ];

    public int Order => MessageFeatureOrder.Commands + 11;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || Parse(message.Text) is not { } prefill
            || await caseloads.OfAsync(message.Contact, cancellationToken) is null
            || await caseloads.ForAsync(message.Contact.UserId, AccessAction.RegisterPeople, null, "registration.form", cancellationToken) is null)
        {
            return false;
        }

        await message.Turn.ReplyCardAsync(cards.Form(message.Language, prefill), RegistrationCards.Template, cancellationToken);
        return true;
    }

    /// <summary>The values the sentence gives (empty for the bare command); null when it is not a registration command.</summary>
    internal static JsonObject? Parse(string text)
    {
        var normalized = CommandText.Normalize(text);
        var command = Commands.FirstOrDefault(c => normalized == c || normalized.StartsWith(c + " ", StringComparison.Ordinal));
        if (command is null)
        {
            return null;
        }

        // The rest of the original text, after as many words as the command has.
        var words = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var rest = words.Skip(command.Split(' ').Length).Select(w => w.Trim(',', ';', ':')).Where(w => w.Length > 0).ToList();
        var values = new JsonObject();
        if (rest.FirstOrDefault(w => w.Contains('@', StringComparison.Ordinal)) is { } email)
        {
            values["email"] = email;
            rest.Remove(email);
        }

        if (rest.Count is > 0 and <= 6 && rest.All(w => w.Any(char.IsLetter) && !w.Any(char.IsDigit)))
        {
            values["name"] = string.Join(' ', rest);
        }
        else if (rest.Count > 0 && !values.ContainsKey("email"))
        {
            return null;
        }

        return values;
    }
}
