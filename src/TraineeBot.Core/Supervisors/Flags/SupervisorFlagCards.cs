using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Core.Supervisors.Flags;

/// <summary>
/// A supervisor's answer that raises a red flag: a case for the trainee's coordinator with a card
/// (<c>cards/supervisor-flag.json</c>) that shows why, the answers, how to reach the supervisor, and the buttons
/// "call planned" and "handled". One case per saved answer (the first, a change, an addendum).
/// </summary>
public sealed class SupervisorFlagCards(ICases cases, SupervisorForms forms, TimeProvider time)
{
    public const string Template = "supervisor-flag";

    public async Task<Case> OpenAsync(
        CheckIn checkIn, TraineeJourney journey, JsonObject answer, IReadOnlyList<string> reasons, SupervisorAnswerMode mode, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(reasons);
        var supervisor = journey.Supervisor;
        var supervisorName = MarkdownText.Escape(supervisor?.Name ?? "?");
        var workplace = MarkdownText.Escape(journey.Workplace?.Name);
        var today = SupervisorTexts.Date(language, StockholmTime.Today(time));
        var introKey = mode switch
        {
            SupervisorAnswerMode.Changed => "FlagIntroChanged",
            SupervisorAnswerMode.Addendum => "FlagIntroAddendum",
            _ => "FlagIntro",
        };
        var form = forms.For(checkIn.Kind);
        var data = new JsonObject
        {
            ["language"] = language,
            ["title"] = SupervisorTexts.Get(language, "FlagTitle", MarkdownText.Escape(journey.Trainee.Name)),
            ["intro"] = SupervisorTexts.Get(language, introKey, supervisorName, workplace, today),
            ["reasonsTitle"] = SupervisorTexts.Get(language, "FlagReasonsTitle"),
            ["reasons"] = new JsonArray([.. reasons.Select(r => (JsonNode)JsonValue.Create(MarkdownText.Escape(r)))]),
            ["answersTitle"] = SupervisorTexts.Get(language, "FlagAnswersTitle"),
            ["lines"] = new JsonArray([.. form.Lines(answer, language).Select(l => (JsonNode)new JsonObject { ["label"] = l.Label, ["answer"] = MarkdownText.Escape(l.Answer) })]),
            ["isOpen"] = true,
            ["state"] = string.Empty,
            ["callPlanned"] = SupervisorTexts.Get(language, "CallPlanned"),
            ["handled"] = SupervisorTexts.Get(language, "Handled"),
        };
        if (Contact(supervisor) is { } contact)
        {
            data["contact"] = SupervisorTexts.Get(language, "FlagContact", supervisorName, MarkdownText.Escape(contact));
        }

        return await cases.OpenAsync(new OpenCase(
            journey.Trainee.Id,
            CaseKind.RedFlag,
            string.Join('\n', reasons),
            CaseAuthor.Supervisor,
            checkIn.Id,
            reasons,
            $"supervisor-flag:{checkIn.Id}:{checkIn.AnswerRevision}",
            supervisor?.UserId,
            new CoordinatorCard(Template, data)), cancellationToken);
    }

    private static string? Contact(Supervisor? supervisor) =>
        supervisor is null ? null
        : string.Join(", ", new[] { supervisor.Phone, supervisor.Email }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } text ? text : null;
}
