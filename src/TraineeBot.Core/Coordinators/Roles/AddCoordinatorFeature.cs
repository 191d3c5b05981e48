using TraineeBot.Core.Conversations;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Roles;

/// <summary>
/// An administrator (<see cref="CoordinatorAccessOptions.Admins"/>) adds a coordinator by message: "ny koordinator
/// Karin Lind karin.lind@kommun.se" / "new coordinator Karin Lind karin.lind@example.com"; "koordinatorer" /
/// "coordinators" lists them. Anyone else is told that only administrators can.
/// </summary>
internal sealed class AddCoordinatorFeature(CoordinatorRoster roster, IProgramme programme, IAccessPolicy policy) : IMessageFeature
{
    private static readonly string[] AddCommands = ["ny koordinator", "lagg till koordinator", "new coordinator", "add coordinator", "add a coordinator"];

    private static readonly string[] ListCommands = ["koordinatorer", "visa koordinatorer", "coordinators", "list coordinators", "show coordinators"];

    public int Order => MessageFeatureOrder.Commands + 5;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = CommandText.Normalize(message.Text);
        var add = AddCommands.FirstOrDefault(c => normalized.StartsWith(c + " ", StringComparison.Ordinal) || normalized == c);
        var list = ListCommands.Contains(normalized);
        if (message.SubmittedData is not null || (add is null && !list))
        {
            return false;
        }

        var language = message.Language;
        // A coordinator asking for the list of coordinators is answered by the status questions' hand-over instead.
        if (list && !(await policy.AskerAsync(message.Contact.UserId, cancellationToken)).Holds(AccessRole.Administrator))
        {
            return false;
        }

        if (!(await policy.DecideAsync(message.Contact.UserId, AccessAction.AddCoordinator, null, list ? "coordinators.list" : "coordinators.add", cancellationToken)).Allowed)
        {
            await message.Turn.ReplyTextAsync(RosterTexts.Get(language, "OnlyAdmins"), cancellationToken);
            return true;
        }

        if (list)
        {
            var coordinators = await programme.CoordinatorsAsync(cancellationToken);
            await message.Turn.ReplyTextAsync(RosterTexts.Get(language, "List", coordinators.Count) + "\n\n"
                + string.Join('\n', coordinators.Select(c => $"- {c.Name} ({c.Email ?? "–"})")), cancellationToken);
            return true;
        }

        var words = message.Text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(add!.Split(' ').Length).ToList();
        var email = words.FirstOrDefault(w => w.Contains('@', StringComparison.Ordinal))?.Trim(',', ';', '<', '>');
        var name = string.Join(' ', words.Where(w => !w.Contains('@', StringComparison.Ordinal))).Trim(',', ';', ' ');
        if (email is null || name.Length == 0)
        {
            await message.Turn.ReplyTextAsync(RosterTexts.Get(language, "HowTo"), cancellationToken);
            return true;
        }

        try
        {
            var (coordinator, added) = await roster.AddAsync(name, email, null, cancellationToken);
            await message.Turn.ReplyTextAsync(RosterTexts.Get(language, added ? "Added" : "AlreadyThere", coordinator.Name, coordinator.Email), cancellationToken);
        }
        catch (ArgumentException)
        {
            await message.Turn.ReplyTextAsync(RosterTexts.Get(language, "HowTo"), cancellationToken);
        }

        return true;
    }
}

/// <summary>The roster's texts (<c>RosterTexts.resx</c> Swedish, <c>RosterTexts.en.resx</c> English).</summary>
internal static class RosterTexts
{
    private static readonly TextResources Resources = new(typeof(RosterTexts), "TraineeBot.Core.Coordinators.Roles.RosterTexts");

    public static string Get(string language, string key, params object?[] args) => Resources.Get(language, key, args);
}
