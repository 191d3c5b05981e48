using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Programme;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Supervisors;

/// <summary>
/// The supervisor's check-in card end to end through the real HTTP pipeline and the outbox: sent mid-period and
/// before the renewal, answered with Action.Execute (the invoke's card replaces it), invalid input, changes and
/// addenda, closed occurrences, other users, reminders that update the card, "remind me later", and red flags.
/// </summary>
public sealed class SupervisorCheckInTests
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string ErrorType = "application/vnd.microsoft.error";

    [Fact]
    public async Task The_supervisor_is_introduced_to_the_trainee_with_the_dates_the_bot_will_ask()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.SendQueuedAsync();

        var intro = Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-introduction")).Card().VisibleText();
        Assert.Contains("Hej Maria! Du är handledare för Amira Hassan", intro, StringComparison.Ordinal);
        Assert.Contains("Period: 30 november 2026 – 29 maj 2027", intro, StringComparison.Ordinal);
        Assert.Contains("Koordinator: Karin Lind (08-123 45 67, karin.lind@example.se)", intro, StringComparison.Ordinal);
        Assert.Contains("mitt i varje avtalsperiod: 13 januari, 14 april", intro, StringComparison.Ordinal);
        // 10 working days before the renewal on Sunday 28 February (the second period starts then).
        Assert.Contains("före varje förlängning: 15 februari", intro, StringComparison.Ordinal);
        Assert.Contains("Du ser aldrig traineens egna svar", intro, StringComparison.Ordinal);
        Assert.Empty(bed.CardsTo(bed.Programme.TraineeUser, "supervisor-introduction"));
    }

    [Fact]
    public async Task A_supervisor_who_never_used_the_bot_gets_the_introduction_when_they_install_it()
    {
        await using var bed = await SupervisorBed.NewAsync(installSupervisor: false);
        await bed.SendQueuedAsync();
        Assert.Empty(bed.CardsTo(bed.Supervisor, "supervisor-introduction"));

        await Conversation.For(bed.Bot, bed.Supervisor).Install();
        await bed.SendQueuedAsync();

        Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-introduction"));
    }

    [Fact]
    public async Task What_waited_for_a_new_user_goes_out_in_their_clients_language_not_before_it_is_known()
    {
        await using var bed = await SupervisorBed.NewAsync(supervisorLocale: "en-US", installSupervisor: false);
        await bed.SendQueuedAsync();
        var client = bed.Bot.CreateClient();

        // Teams' conversationUpdate for the install has no locale; its installationUpdate has one.
        var membersAdded = Activities.MembersAdded(bed.Supervisor);
        membersAdded.Locale = null;
        await client.PostActivityAsync(membersAdded, cancellationToken: TestContext.Current.CancellationToken);
        await bed.SendQueuedAsync();
        Assert.Empty(bed.CardsTo(bed.Supervisor, "supervisor-introduction"));
        await client.PostActivityAsync(Activities.InstallationAdd(bed.Supervisor), cancellationToken: TestContext.Current.CancellationToken);
        await bed.SendQueuedAsync();

        var intro = Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-introduction")).Card().VisibleText();
        Assert.Contains("Hi Maria! You are the supervisor of Amira Hassan", intro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mid_period_card_is_answered_in_place_and_the_answers_are_stored()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));

        var sent = Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-checkin"));
        var card = sent.Card();
        Assert.Contains("Amira Hassan på Förskolan Solen · mitt i avtalsperioden (till 27 februari 2027)", card.VisibleText(), StringComparison.Ordinal);
        // Only the supervisor gets it refreshed; the buttons are universal actions.
        Assert.Equal(bed.Supervisor.Id, card["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
        var submit = card["actions"]![0]!;
        Assert.Equal(("Action.Execute", "supervisor.submit"), (submit["type"]!.GetValue<string>(), submit["verb"]!.GetValue<string>()));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Equal(Guid.Parse(submit["data"]!["checkInId"]!.GetValue<string>()), checkIn.Id);
        Assert.Equal(bed.Programme.Supervisor.UserId, checkIn.RespondentUserId);

        var (status, response) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id), bed.ActivityId(sent));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal(CardType, response["type"]!.GetValue<string>());
        var answered = response["value"]!.VisibleText();
        Assert.Contains("Tack! Ditt svar är sparat.", answered, StringComparison.Ordinal);
        Assert.Contains("Närvaro: 4 – Bra", answered.Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Dina svar går bara till koordinatorn Karin Lind.", answered, StringComparison.Ordinal);
        var stored = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Equal(CheckInStatus.Answered, stored.Status);
        Assert.False(stored.Flagged);
        var answers = JsonNode.Parse(stored.AnswersJson!)!;
        Assert.Equal(4, answers["attendance"]!.GetValue<int>());
        Assert.Equal("yes", answers["renewal"]!.GetValue<string>());
        Assert.False(answers["call-me"]!.GetValue<bool>());
        Assert.Empty(await bed.CasesAsync());
    }

    [Fact]
    public async Task Invalid_answers_come_back_with_the_problem_next_to_the_field_and_the_values_kept()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        var data = SupervisorBed.Answer(checkIn.Id, ("attendance", "9"), ("punctuality", "4"));
        data.Remove("renewal");

        var (_, response) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", data);

        Assert.Equal(CardType, response["type"]!.GetValue<string>());
        var card = response["value"]!.AsObject();
        Assert.Contains("Något behöver rättas till. Se nedan.", card.VisibleText(), StringComparison.Ordinal);
        var inputs = Inputs(card);
        Assert.Equal("4", inputs["punctuality"]["value"]!.GetValue<string>());
        Assert.Equal("9", inputs["attendance"]["value"]!.GetValue<string>());
        // The problem is the text block right after its input.
        Assert.Contains("Fyll i", ProblemAfter(card, "renewal"), StringComparison.Ordinal);
        Assert.NotNull(ProblemAfter(card, "attendance"));
        Assert.Null(ProblemAfter(card, "punctuality"));
        var stored = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Null(stored.AnswersJson);
        Assert.Equal(CheckInStatus.Open, stored.Status);
    }

    [Fact]
    public async Task A_second_answer_replaces_the_first_until_the_coordinator_has_seen_it_then_it_is_an_addendum()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id));

        var (_, edit) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.edit", new JsonObject { ["checkInId"] = checkIn.Id.ToString() });
        Assert.Equal("4", Inputs(edit["value"]!.AsObject())["attendance"]["value"]!.GetValue<string>());
        var (_, changed) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("attendance", "5")));
        Assert.Contains("Tack! Ditt ändrade svar är sparat.", changed["value"]!.VisibleText(), StringComparison.Ordinal);
        var afterChange = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Equal(5, JsonNode.Parse(afterChange.AnswersJson!)!["attendance"]!.GetValue<int>());
        Assert.Null(afterChange.AddendaJson);

        // The coordinator acts on a red flag from the next answer: from then on the answer stands and more is an addendum.
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("attendance", "5"), ("call-me", "Ja")));
        await bed.SendQueuedAsync();
        var flag = Assert.Single(await bed.CasesAsync());
        await bed.ExecuteAsync(bed.Coordinator, "supervisor-flag.call-planned", new JsonObject { ["caseId"] = flag.Id.ToString() });
        var (_, addendumForm) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.edit", new JsonObject { ["checkInId"] = checkIn.Id.ToString() });
        Assert.Contains("sparas som ett tillägg", addendumForm["value"]!.VisibleText(), StringComparison.Ordinal);
        var (_, addendum) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("attendance", "3")));

        Assert.Contains("Tack! Ditt tillägg är sparat.", addendum["value"]!.VisibleText(), StringComparison.Ordinal);
        var final = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Equal(5, JsonNode.Parse(final.AnswersJson!)!["attendance"]!.GetValue<int>());
        var addenda = JsonNode.Parse(final.AddendaJson!)!.AsArray();
        Assert.Equal(3, Assert.Single(addenda)!["answers"]!["attendance"]!.GetValue<int>());
        Assert.NotNull(final.SeenByCoordinatorUtc);
    }

    [Fact]
    public async Task Nobody_but_the_assigned_supervisor_can_answer_and_unknown_cards_are_refused()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        // The trainee, the coordinator and a stranger submit the supervisor's card (its id taken from the card).
        foreach (var other in new[] { bed.Programme.TraineeUser, bed.Coordinator, TeamsUser.New("Okänd Person") })
        {
            var (status, response) = await bed.ExecuteAsync(other, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("renewal", "no")));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(CardType, response["type"]!.GetValue<string>());
            var text = response["value"]!.VisibleText();
            Assert.Contains("Det här kortet är till Maria Berg. Bara Maria Berg kan svara på det.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Amira", text, StringComparison.Ordinal);
            Assert.Empty(Inputs(response["value"]!.AsObject()));
        }

        var (_, unknown) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(Guid.NewGuid()));
        Assert.Equal(ErrorType, unknown["type"]!.GetValue<string>());
        Assert.Equal(404, unknown["statusCode"]!.GetValue<int>());
        var (_, garbage) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", new JsonObject { ["checkInId"] = "'; DROP TABLE CheckIns; --" });
        Assert.Equal(404, garbage["statusCode"]!.GetValue<int>());

        var stored = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        Assert.Null(stored.AnswersJson);
        Assert.Empty(await bed.CasesAsync());
    }

    [Fact]
    public async Task An_occurrence_that_has_closed_shows_closed_and_takes_no_answer()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var first = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        // The renewal card (15 February) closes the unanswered mid-period one.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 15, 10));
        var (_, refreshed) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.refresh", new JsonObject { ["checkInId"] = first.Id.ToString() });
        Assert.Contains("Den här avstämningen är stängd.", refreshed["value"]!.VisibleText(), StringComparison.Ordinal);
        var (_, late) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(first.Id));

        Assert.Contains("Den här avstämningen är stängd.", late["value"]!.VisibleText(), StringComparison.Ordinal);
        var checkIns = await bed.CheckInsAsync(CheckInKinds.Supervisor);
        Assert.Equal(2, checkIns.Count);
        Assert.Equal(CheckInStatus.Closed, checkIns[0].Status);
        Assert.Null(checkIns[0].AnswersJson);
        Assert.Equal(CheckInStatus.Open, checkIns[1].Status);
        Assert.Contains("inför förlängningen 28 februari 2027", bed.CardsTo(bed.Supervisor, "supervisor-checkin")[^1].Card().VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_update_the_card_in_place_after_2_and_4_working_days_and_stop_once_answered()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var card = Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-checkin"));
        var cardId = bed.ActivityId(card);

        // Sent Wednesday 13 January; + 2 working days = Friday 15 January.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 15, 10));
        var update = Assert.Single(bed.Bot.Connector.Updates);
        Assert.EndsWith("/activities/" + cardId, update.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Påminnelse: vi väntar fortfarande på ditt svar.", update.Activity!.Card().VisibleText(), StringComparison.Ordinal);
        Assert.Single(bed.CardsTo(bed.Supervisor, "supervisor-checkin"));
        Assert.Contains(bed.SentTo(bed.Supervisor), a => a.Text?.StartsWith("Påminnelse: avstämningen om Amira Hassan väntar", StringComparison.Ordinal) == true);

        // + 4 working days = Tuesday 19 January: the second, and it counts as unanswered.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 19, 10));
        Assert.Equal(2, bed.Bot.Connector.Updates.Count);
        Assert.Equal(CheckInStatus.Unanswered, Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).Status);

        // Answered late, it is still taken; nothing more is sent about it.
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id), cardId);
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 2, 1, 10));
        Assert.Equal(2, bed.Bot.Connector.Updates.Count);
        Assert.Equal(2, bed.SentTo(bed.Supervisor).Count(a => a.Text?.StartsWith("Påminnelse", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Remind_me_later_stores_an_away_period_and_reminds_once_on_that_day()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        var later = new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["remindOn"] = "2027-01-25" };

        var (_, tooLate) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.later", new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["remindOn"] = "2028-01-01" });
        Assert.Contains("Välj ett datum från 15 januari 2027 till", tooLate["value"]!.VisibleText(), StringComparison.Ordinal);
        var (_, saved) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.later", later);

        Assert.Contains("Vi påminner dig den 25 januari 2027.", saved["value"]!.VisibleText(), StringComparison.Ordinal);
        await using (var db = bed.Bot.OpenDatabase())
        {
            var away = Assert.Single(await db.UserAwayPeriods.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
            Assert.Equal((bed.Programme.Supervisor.UserId, new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 24)), (away.UserId, away.From, away.To));
        }

        // The regular reminders (15 and 19 January) fall in the away period: one reminder, on Monday 25 January.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 24, 23));
        Assert.Empty(bed.Bot.Connector.Updates);
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 29, 23));
        Assert.Single(bed.Bot.Connector.Updates);
        Assert.Single(bed.SentTo(bed.Supervisor), a => a.Text?.StartsWith("Påminnelse", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_changed_remind_me_date_replaces_the_earlier_one()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        await bed.ExecuteAsync(bed.Supervisor, "supervisor.later", new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["remindOn"] = "2027-01-27" });
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.later", new JsonObject { ["checkInId"] = checkIn.Id.ToString(), ["remindOn"] = "2027-01-18" });

        // Back on the 18th (the longer away period is gone): reminded then; nothing comes for the 27th.
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 18, 23));
        Assert.Single(bed.Bot.Connector.Updates);
        await using (var db = bed.Bot.OpenDatabase())
        {
            var away = Assert.Single(await db.UserAwayPeriods.AsNoTracking().Where(a => a.To >= new DateOnly(2027, 1, 14)).ToListAsync(TestContext.Current.CancellationToken));
            Assert.Equal(new DateOnly(2027, 1, 17), away.To);
        }

        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 26, 23));
        var before = bed.Bot.Connector.Updates.Count;
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 28, 23));
        Assert.Equal(before, bed.Bot.Connector.Updates.Count);
    }

    [Fact]
    public async Task A_red_flag_reaches_the_coordinator_at_once_and_the_supervisor_is_told()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        var (_, response) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit",
            SupervisorBed.Answer(checkIn.Id, ("punctuality", "2"), ("call-me", "Ja"), ("concerns", "Kommer ofta sent på måndagar.")));
        Assert.Contains("Koordinatorn Karin Lind hör av sig till dig snart.", response["value"]!.VisibleText(), StringComparison.Ordinal);
        var sentAt = bed.Now;
        await bed.RunUntilAsync(sentAt + TimeSpan.FromMinutes(1));

        var flagCard = Assert.Single(bed.CardsTo(bed.Coordinator, "supervisor-flag")).Card();
        var text = flagCard.VisibleText().Replace("**", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Signal från handledaren: Amira Hassan", text, StringComparison.Ordinal);
        Assert.Contains("Ring Maria Berg: 070-111 22 33, maria.berg@example.se", text, StringComparison.Ordinal);
        Assert.Contains("Lågt svar: Passar tider = 2 – Dålig", text, StringComparison.Ordinal);
        Assert.Contains("Vill att du ringer", text, StringComparison.Ordinal);
        Assert.Contains("Oro: Kommer ofta sent på måndagar.", text, StringComparison.Ordinal);
        var flag = Assert.Single(await bed.CasesAsync());
        Assert.Equal((CaseKind.RedFlag, CaseAuthor.Supervisor, checkIn.Id), (flag.Kind, flag.Messages[0].Author, flag.CheckInId));
        Assert.True(Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor)).Flagged);
        // The trainee hears nothing of it.
        Assert.DoesNotContain(bed.SentTo(bed.Programme.TraineeUser), a => (a.Text ?? string.Empty).Contains("sent", StringComparison.Ordinal)
            || a.Attachments?.Any(at => at.Name == "supervisor-flag") == true);

        // Only the trainee's coordinator may act; then the card shows who did what.
        var (_, stranger) = await bed.ExecuteAsync(bed.Programme.TraineeUser, "supervisor-flag.handled", new JsonObject { ["caseId"] = flag.Id.ToString() });
        Assert.Equal(403, stranger["statusCode"]!.GetValue<int>());
        var (_, called) = await bed.ExecuteAsync(bed.Coordinator, "supervisor-flag.call-planned", new JsonObject { ["caseId"] = flag.Id.ToString() });
        Assert.True(called["type"]!.GetValue<string>() == CardType, called.ToJsonString());
        Assert.Contains("Samtal inbokat av Karin Lind", called["value"]!.VisibleText(), StringComparison.Ordinal);
        var (_, handled) = await bed.ExecuteAsync(bed.Coordinator, "supervisor-flag.handled", new JsonObject { ["caseId"] = flag.Id.ToString() });
        Assert.Contains("Hanterat av Karin Lind", handled["value"]!.VisibleText(), StringComparison.Ordinal);
        Assert.Empty(handled["value"]!["actions"]?.AsArray() ?? []);
        var resolved = Assert.Single(await bed.CasesAsync());
        Assert.Equal(CaseStatus.Resolved, resolved.Status);
        Assert.Equal(3, resolved.Messages.Count);
    }

    [Theory]
    [InlineData("renewal", "no", "Rekommenderar inte förlängning")]
    [InlineData("attendance", "1", "Lågt svar: Närvaro = 1 – Mycket dålig")]
    [InlineData("call-me", "Ja", "Vill att du ringer")]
    [InlineData("concerns", "Hon verkar trött.", "Oro: Hon verkar trött.")]
    public async Task Each_kind_of_red_flag_opens_a_case(string field, string value, string reason)
    {
        await using var bed = await SupervisorBed.NewAsync();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));

        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, (field, value)));

        var flag = Assert.Single(await bed.CasesAsync());
        Assert.Contains(reason, flag.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_speaking_supervisor_gets_the_card_in_English()
    {
        await using var bed = await SupervisorBed.NewAsync(supervisorLocale: "en-US");
        await Conversation.For(bed.Bot, bed.Supervisor).Send("english");
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));

        var card = bed.CardsTo(bed.Supervisor, "supervisor-checkin")[^1].Card().VisibleText();
        Assert.Contains("Check-in about your trainee", card, StringComparison.Ordinal);
        Assert.Contains("Amira Hassan at Förskolan Solen · in the middle of the contract period (until 27 February 2027)", card, StringComparison.Ordinal);
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        var (_, response) = await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("call-me", "No")));
        Assert.Contains("Thank you! Your answer is saved.", response["value"]!.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supervisor_never_receives_the_trainees_own_check_in_or_help_requests()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await Conversation.For(bed.Bot, bed.Programme.TraineeUser).Install().Send("jag behöver hjälp");
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));

        var toSupervisor = string.Join('\n', bed.SentTo(bed.Supervisor).Where(a => a.Attachments?.Any(at => at.Name == "welcome") != true)
            .Select(a => a.Text + (a.Attachments is { Count: > 0 } ? a.Card().VisibleText() : string.Empty)));
        Assert.DoesNotContain("hjälp", toSupervisor, StringComparison.OrdinalIgnoreCase);
        Assert.All(bed.SentTo(bed.Supervisor), a => Assert.True(a.Text is null, a.Text));
        Assert.DoesNotContain("Hur går det på din traineeplats", toSupervisor, StringComparison.Ordinal);
        Assert.All(bed.SentTo(bed.Supervisor), a => Assert.True(a.Attachments is null or { Count: 0 }
            || a.Attachments.All(at => at.Name is "supervisor-checkin" or "supervisor-introduction" or "welcome"), a.Attachments?[0].Name));
    }

    private static Dictionary<string, JsonObject> Inputs(JsonObject card) =>
        Descendants(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true && n["id"] is not null)
            .ToDictionary(n => n["id"]!.GetValue<string>(), n => n);

    /// <summary>The problem text block right after the input <paramref name="id"/> in its container, or null.</summary>
    private static string? ProblemAfter(JsonObject card, string id)
    {
        foreach (var container in Descendants(card))
        {
            if (container["items"] is not JsonArray items)
            {
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i]?["id"]?.GetValue<string>() == id)
                {
                    return i + 1 < items.Count && items[i + 1]?["type"]?.GetValue<string>() == "TextBlock" ? items[i + 1]!["text"]!.GetValue<string>() : null;
                }
            }
        }

        return null;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
