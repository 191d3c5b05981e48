using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Alerts;
using TraineeBot.Core.Coordinators.Matching;
using TraineeBot.Core.Coordinators.Renewals;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Supervisors.CheckIns;
using TraineeBot.Core.Trainees.Consent;
using TraineeBot.Core.Trainees.Intake;
using TraineeBot.Core.Trainees.Plan;
using TraineeBot.Infrastructure.Cases;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Security;

/// <summary>
/// The rest of the cards that show user text, each rendered by its own builder with the real template from a journey in
/// the bot's database whose trainee, coordinator, supervisor, workplace and role are all named with a hostile payload
/// (markdown link and bold, <c>${$root.title}</c>, RTL override): the payload is shown escaped (so Teams shows it as
/// typed), no markdown link or bold survives in any TextBlock or fact, and the template syntax is not expanded.
/// </summary>
public sealed partial class InjectionTests
{
    private const string Hostile = "**Fet** [Klicka här](https://evil.example) ${$root.title} \u202Eevil";

    public static TheoryData<string> EscapedCards() =>
    [
        "case-coordinator", "renewal-decision", "coordinator-digest", "coordinator-digest-unanswered", "opening",
        "matching-suggestions", "supervisor-checkin", "supervisor-checkin-readonly", "welcome", "consent",
        "work-area-suggestions", "my-plan",
    ];

    [Theory]
    [MemberData(nameof(EscapedCards))]
    public async Task Hostile_names_and_texts_are_shown_escaped_on_the_card(string card)
    {
        var ct = TestContext.Current.CancellationToken;
        var f = await ProgrammeData.AddAsync(bot.Services, traineeName: Hostile);
        await using (var db = bot.OpenDatabase())
        {
            (await db.Coordinators.SingleAsync(c => c.Id == f.Coordinator.Id, ct)).Name = Hostile;
            (await db.Workplaces.SingleAsync(w => w.Id == f.Workplace.Id, ct)).Name = Hostile;
            (await db.Supervisors.SingleAsync(s => s.Id == f.Supervisor.Id, ct)).Name = Hostile;
            (await db.Placements.SingleAsync(p => p.Id == f.Placement!.Id, ct)).Role = Hostile;
            await db.SaveChangesAsync(ct);
        }

        await using var scope = bot.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var cards = services.GetRequiredService<ICardRenderer>();
        var journey = (await services.GetRequiredService<IProgramme>().JourneyAsync(f.Trainee.Id, ct))!;
        Assert.Equal(Hostile, journey.Trainee.Name);
        Assert.Equal(Hostile, journey.Workplace!.Name);
        var today = StockholmTime.Today(TimeProvider.System);
        var placement = journey.Placement!;

        var rendered = card switch
        {
            "case-coordinator" => cards.Render(CaseCard.Template, CaseCard.Data(
                new Case
                {
                    Id = Guid.NewGuid(), Kind = CaseKind.HelpRequest, TraineeId = journey.Trainee.Id, OpenedUtc = DateTimeOffset.UtcNow,
                    Messages =
                    [
                        new CaseMessage { Author = CaseAuthor.Trainee, Text = Hostile, CreatedUtc = DateTimeOffset.UtcNow },
                        new CaseMessage { Author = CaseAuthor.Coordinator, AuthorUserId = f.Coordinator.UserId, Text = Hostile, CreatedUtc = DateTimeOffset.UtcNow.AddMinutes(1) },
                    ],
                },
                journey.Trainee, "sv", [Hostile], new Dictionary<Guid, string> { [f.Coordinator.UserId] = Hostile }, escalatedFrom: Hostile)),
            "renewal-decision" => services.GetRequiredService<RenewalCards>().Form(new RenewalSubject(
                placement, new ContractPeriod { Id = Guid.NewGuid(), PlacementId = placement.Id, StartDate = placement.StartDate, EndDate = placement.EndDate },
                journey.Trainee, journey.User.Id, Hostile, journey.Coordinator, null, Hostile, null, null), "sv"),
            "coordinator-digest" => cards.Render(DigestCard.Template, DigestCard.Data(new DigestModel(today,
                [
                    new DigestLine(DigestSection.RedFlags, journey.Trainee.Id, Hostile, today),
                    new DigestLine(DigestSection.Unreachable, journey.Trainee.Id, Hostile, today, Detail: Hostile),
                ]), "sv")),
            "coordinator-digest-unanswered" => cards.Render(DigestCard.Template, DigestCard.Unanswered(new UnansweredSupervisorCheckIn(
                Guid.NewGuid(), CheckInKinds.Supervisor, journey.Trainee.Id, Hostile, Hostile, today, journey.Coordinator.Id, f.Coordinator.UserId), "sv", today)),
            "opening" => services.GetRequiredService<MatchingCards>().Openings("Lediga platser", [Opening()], "sv", today),
            "matching-suggestions" => services.GetRequiredService<MatchingCards>().ForOpening(Opening(),
                [new MatchResult(journey.Trainee.Id, Hostile, Opening(), 3, [])], "sv", today),
            "supervisor-checkin" => services.GetRequiredService<SupervisorCardViews>().Closed(new SupervisorCardSubject(
                new CheckIn { Kind = CheckInKinds.Supervisor, OccurrenceKey = $"supervisor-renewal:{placement.EndDate:yyyy-MM-dd}" }, journey, "sv", null)),
            "supervisor-checkin-readonly" => services.GetRequiredService<SupervisorCardViews>().ReadOnly(Guid.NewGuid(), CheckInKinds.Supervisor, "sv", null, Hostile),
            "welcome" => WelcomeCard.Render(cards, "sv", Hostile),
            "consent" => ConsentCard.Render(cards, "sv", Hostile, Hostile),
            "work-area-suggestions" => cards.Render(InterestCards.SuggestionsTemplate,
                InterestCards.Suggestions(Hostile, [], new InterestAnswers { Avoid = Hostile, Health = Hostile, SharesHealth = true }, null, "sv")),
            "my-plan" => cards.Render(MyPlan.TemplateName,
                await ActivatorUtilities.CreateInstance<MyPlan>(services).DataAsync(journey, "sv", ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(card), card, null),
        };

        // Welcome and consent greet by the first name only ("**Fet**"); every other card shows the whole payload.
        var expected = card is "welcome" ? MarkdownText.Escape("**Fet**") : MarkdownText.Escape(Hostile);
        var texts = ShownTexts(rendered).ToList();
        var json = rendered.ToJsonString();
        var escaped = texts.Any(t => t.Contains(expected, StringComparison.Ordinal));
        var literal = texts.All(t => !UnescapedLink().IsMatch(t) && !UnescapedBold().IsMatch(t));
        Report("card " + card, Hostile, stored: true, shown: escaped && literal);
        Assert.True(escaped, $"No text on {card} shows the escaped payload {expected}: {string.Join(" | ", texts)}");
        Assert.All(texts, t => Assert.DoesNotMatch(UnescapedLink(), t));
        Assert.All(texts, t => Assert.DoesNotMatch(UnescapedBold(), t));
        if (card is not "welcome")
        {
            // The template syntax is shown, not expanded (the card's own title would appear in its place).
            Assert.Contains("${$root.title}", json, StringComparison.Ordinal);
        }

        OpeningView Opening() => new(new Opening
        {
            Id = Guid.NewGuid(), WorkplaceId = journey.Workplace!.Id, WorkArea = "preschool", Location = Hostile, HoursPerWeek = 30,
            FromDate = today.AddDays(30), Status = OpeningStatus.Open,
        }, Hostile);
    }

    /// <summary>What Teams renders as markdown: every TextBlock's text and every fact's value.</summary>
    private static IEnumerable<string> ShownTexts(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "TextBlock" => [obj["text"]!.GetValue<string>()],
        JsonObject obj when (string?)obj["type"] == "FactSet" => obj["facts"]!.AsArray().Select(fact => fact!["value"]!.GetValue<string>()),
        JsonObject obj => obj.SelectMany(p => ShownTexts(p.Value)),
        JsonArray array => array.SelectMany(ShownTexts),
        _ => [],
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\*(?<!\\)\*Fet")]
    private static partial System.Text.RegularExpressions.Regex UnescapedBold();
}
