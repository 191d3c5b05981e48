using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;

namespace TraineeBot.Core.Coordinators.Status;

/// <summary>
/// The coordinator's answers as compact cards: lists (<c>cards/coordinator-status.json</c>, each name a button to the
/// trainee) and one trainee (<c>cards/coordinator-trainee.json</c>).
/// </summary>
public sealed class StatusCards(ICardRenderer cards, SupervisorForms forms)
{
    public const string ListTemplate = "coordinator-status";
    public const string TraineeTemplate = "coordinator-trainee";

    /// <summary>At most this many names per list; the rest are counted.</summary>
    public const int MaxItems = 8;

    public JsonObject Overview(CaseloadOverview overview, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(overview);
        (string Key, IReadOnlyList<StatusLine> Lines)[] lists =
        [
            ("RedFlags", overview.RedFlags),
            ("HelpOpen", overview.HelpOpen),
            ("Unanswered", overview.Unanswered),
            ("Overdue", overview.Overdue),
            ("DueThisWeek", overview.DueThisWeek),
            ("RenewalsSoon", overview.RenewalsSoon),
            ("EndingSoon", overview.EndingSoon),
            ("LimitsNear", overview.LimitsNear),
        ];
        return List(StatusTexts.Get(language, "OverviewTitle", overview.Trainees), language, today,
            lists.Select(l => (StatusTexts.Get(language, l.Key), l.Lines)));
    }

    /// <summary>One list under its title.</summary>
    public JsonObject OneList(string title, IReadOnlyList<StatusLine> lines, string language, DateOnly today) =>
        List(title, language, today, [(title, lines)]);

    /// <summary>"Do you mean …?" with a button per trainee.</summary>
    public JsonObject DidYouMean(IReadOnlyList<CaseloadTrainee> candidates, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return OneList(StatusTexts.Get(language, "DidYouMean"), [.. candidates.Select(c => new StatusLine(c.Id, c.Name))], language, today);
    }

    /// <param name="otherCoordinators">Whom the trainee can be handed over to (a button with a list); none = no button.</param>
    public JsonObject Trainee(TraineeStatus status, string language, DateOnly today, IReadOnlyList<Coordinator> otherCoordinators)
    {
        ArgumentNullException.ThrowIfNull(otherCoordinators);
        ArgumentNullException.ThrowIfNull(status);
        var journey = status.Journey;
        var facts = new JsonArray();
        if (journey.Placement is { } placement)
        {
            var where = string.Join(", ", new[] { journey.Workplace?.Name, placement.Role }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(MarkdownText.Escape));
            facts.Add(StatusTexts.Get(language, "Placement", where, StatusTexts.Date(language, placement.StartDate, today), StatusTexts.Date(language, placement.LastDay(), today)));
        }
        else
        {
            facts.Add(StatusTexts.Get(language, "NoPlacement"));
        }

        if (journey.Supervisor is { } supervisor)
        {
            facts.Add(StatusTexts.Get(language, "Supervisor", supervisor.Phone is null ? MarkdownText.Escape(supervisor.Name) : $"{MarkdownText.Escape(supervisor.Name)} ({MarkdownText.Escape(supervisor.Phone)})"));
        }

        var next = new[]
        {
            status.NextCheckIn is { } checkIn ? StatusTexts.Get(language, "NextCheckIn", StatusTexts.Date(language, checkIn, today)) : null,
            status.NextRenewal is { } renewal ? StatusTexts.Get(language, "NextRenewal", StatusTexts.Date(language, renewal, today)) : null,
        }.Where(s => s is not null);
        if (string.Join(" · ", next) is { Length: > 0 } nextLine)
        {
            facts.Add(nextLine);
        }

        var sections = new JsonArray
        {
            Section(StatusTexts.Get(language, "Trend"), status.Trend.Count == 0
                ? [StatusTexts.Get(language, "NoTrend")]
                : status.Trend.Select(p => StatusTexts.Get(language, "TrendPoint", StatusTexts.Date(language, p.Date, today), p.Mood?.ToString() ?? "–", p.Support?.ToString() ?? "–"))),
        };
        if (status.LastSupervisorAnswer is { } answer && JsonNode.Parse(answer.AnswersJson) is JsonObject answers)
        {
            sections.Add(Section(StatusTexts.Get(language, "SupervisorLast", StatusTexts.Date(language, answer.AnsweredOn, today)),
                forms.For(CheckInKinds.Supervisor).Lines(answers, language).Select(l => $"{l.Label}: {MarkdownText.Escape(l.Answer)}")));
        }

        if (status.OpenCases.Count > 0)
        {
            sections.Add(Section(StatusTexts.Get(language, "OpenCases"), status.OpenCases.Select(c => StatusTexts.Get(language, "Case",
                StatusTexts.Get(language, "Case" + c.Kind), StatusTexts.Date(language, DateOnly.FromDateTime(Localization.StockholmTime.ToLocal(c.OpenedUtc).DateTime), today),
                MarkdownText.Escape(c.Messages.OrderBy(m => m.CreatedUtc).FirstOrDefault()?.Text.Split('\n')[0])))));
        }

        var data = new JsonObject { ["title"] = MarkdownText.Escape(journey.Trainee.Name), ["traineeId"] = journey.Trainee.Id.ToString(), ["facts"] = facts, ["sections"] = sections };
        if (journey.Placement is not null)
        {
            data["renewal"] = new JsonObject { ["button"] = Renewals.RenewalCards.StatusButton(language) };
        }

        if (otherCoordinators.Count > 0)
        {
            data["handOver"] = new JsonObject
            {
                ["title"] = StatusTexts.Get(language, "HandOverTitle"),
                ["label"] = StatusTexts.Get(language, "HandOverLabel"),
                ["button"] = StatusTexts.Get(language, "HandOverButton"),
                ["choices"] = new JsonArray([.. otherCoordinators.Select(c => (JsonNode)new JsonObject { ["title"] = c.Name, ["value"] = c.Id.ToString() })]),
            };
        }

        return cards.Render(TraineeTemplate, data);
    }

    private JsonObject List(string title, string language, DateOnly today, IEnumerable<(string Title, IReadOnlyList<StatusLine> Lines)> lists)
    {
        var sections = new JsonArray();
        foreach (var (sectionTitle, lines) in lists)
        {
            sections.Add(new JsonObject
            {
                ["title"] = sectionTitle,
                ["count"] = lines.Count,
                ["items"] = new JsonArray([.. lines.Take(MaxItems).Select(l => (JsonNode)new JsonObject
                {
                    ["text"] = l.Date is { } date ? StatusTexts.Get(language, "Item", MarkdownText.Escape(l.TraineeName), StatusTexts.Date(language, date, today)) : MarkdownText.Escape(l.TraineeName),
                    ["traineeId"] = l.TraineeId.ToString(),
                })]),
                ["more"] = lines.Count > MaxItems ? StatusTexts.Get(language, "More", lines.Count - MaxItems) : string.Empty,
            });
        }

        return cards.Render(ListTemplate, new JsonObject
        {
            ["title"] = title,
            ["none"] = StatusTexts.Get(language, "None"),
            ["hint"] = StatusTexts.Get(language, "Hint"),
            ["sections"] = sections,
        });
    }

    private static JsonObject Section(string title, IEnumerable<string> lines) =>
        new() { ["title"] = title, ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)JsonValue.Create(l))]) };
}
