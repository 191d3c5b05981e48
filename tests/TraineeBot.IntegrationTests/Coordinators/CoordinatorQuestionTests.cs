using System.Net;
using TraineeBot.Core.Programme;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;
using TraineeBot.Testing.Programme;

namespace TraineeBot.IntegrationTests.Coordinators;

/// <summary>
/// A coordinator asks about the caseload by message, in Swedish and English, and gets compact cards answered from the
/// database; another coordinator asking the same never sees those trainees.
/// </summary>
public sealed class CoordinatorQuestionTests
{
    [Fact]
    public async Task Status_one_trainee_lists_and_unknown_questions_in_Swedish()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await Conversation.For(bed.Bot, bed.Programme.TraineeUser).Install();
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("call-me", "Ja")));
        await bed.SendQueuedAsync();
        var karin = Conversation.For(bed.Bot, bed.Coordinator);
        await karin.ExpectCard("welcome").ExpectCard("supervisor-flag");

        await karin
            .Send("status").ExpectCard("coordinator-status", card =>
            {
                var text = card.VisibleText();
                Assert.Contains("Läget i din grupp · 1 traineer", text, StringComparison.Ordinal);
                Assert.Contains("Röda flaggor (1)", text, StringComparison.Ordinal);
                Assert.Contains("Amira Hassan · 14 januari", text, StringComparison.Ordinal);
            })
            .Send("hur går det för amira?").ExpectCard("coordinator-trainee", card =>
                Assert.Contains("Handledarens senaste svar (14 januari)", card.VisibleText(), StringComparison.Ordinal))
            .Send("vilka är flagade").ExpectCard("coordinator-status", card => Assert.Contains("Röda flaggor (1)", card.VisibleText(), StringComparison.Ordinal))
            .Send("vilka slutar i maj?").ExpectCard("coordinator-status", card =>
            {
                Assert.Contains("Slutar 1 maj – 31 maj (1)", card.VisibleText(), StringComparison.Ordinal);
                Assert.Contains("Amira Hassan · 29 maj", card.VisibleText(), StringComparison.Ordinal);
            })
            .Send("hur går det för Bob?").ExpectReply("Jag hittar ingen som heter ”Bob” i din grupp.")
            .Send("xyzzy qwerty plugh").ExpectReplyContaining("Det här kan du fråga mig:")
            .ExpectNothingMore();
    }

    [Fact]
    public async Task Another_coordinator_never_sees_the_trainees_of_the_first_through_any_question()
    {
        await using var bed = await SupervisorBed.NewAsync();
        var other = await ProgrammeData.AddAsync(bed.Bot.Services, traineeName: "Elin Svensson", placementMonths: 0);
        await bed.RunUntilAsync(SupervisorBed.Local(2027, 1, 14, 10));
        var checkIn = Assert.Single(await bed.CheckInsAsync(CheckInKinds.Supervisor));
        await bed.ExecuteAsync(bed.Supervisor, "supervisor.submit", SupervisorBed.Answer(checkIn.Id, ("renewal", "no")));

        var transcript = new List<string>();
        var b = Conversation.For(bed.Bot, other.CoordinatorUser).Install();
        foreach (var question in new[] { "status", "hur går det för Amira?", "Amira", "flaggade", "vilka slutar i maj?", "förlängningar", "vilka har inte svarat", "rapport" })
        {
            _ = b.Send(question).ExpectReply(reply => transcript.Add((reply.Text ?? string.Empty) + (reply.Attachments is { Count: > 0 } ? reply.Card().VisibleText() : string.Empty)));
        }

        await b;
        // (The examples in the answers mention "Amira" as a first name; the trainee herself is "Amira Hassan".)
        Assert.All(transcript, answer => Assert.DoesNotContain("Amira Hassan", answer, StringComparison.Ordinal));
        Assert.Contains(transcript, answer => answer.Contains("Läget i din grupp · 1 traineer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_outcome_report_comes_as_a_card_whose_links_download_the_files()
    {
        await using var bed = await SupervisorBed.NewAsync();
        await Conversation.For(bed.Bot, bed.Coordinator).Send("utfallsrapport").ExpectCard("welcome").ExpectCard("outcome-report", card =>
        {
            Assert.Contains("Utfall efter perioden", card.VisibleText(), StringComparison.Ordinal);
            Assert.Contains("Färre än 5 personer", card.VisibleText(), StringComparison.Ordinal);
        });

        var card = bed.SentTo(bed.Coordinator)[^1].Card();
        var csv = new Uri(card["actions"]![0]!["url"]!.GetValue<string>());
        using var client = bed.Bot.CreateClient();
        using var response = await client.GetAsync(csv.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }
}
