using TraineeBot.Core.Coordinators.Status.Intents;
using I = TraineeBot.Core.Coordinators.Status.Intents.CoordinatorIntent;

namespace TraineeBot.UnitTests.Coordinators.Status;

public sealed class CoordinatorIntentParserTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Today = new(2026, 5, 13);

    private static readonly I Soon = new I.Ending(new(2026, 5, 13), new(2026, 6, 12));

    public static TheoryData<string, I> Phrasings() => new()
    {
        // Overview
        { "status", new I.Overview() },
        { "Status?", new I.Overview() },
        { "översikt", new I.Overview() },
        { "oversikt", new I.Overview() },
        { "hur ser det ut?", new I.Overview() },
        { "Hur ser det ut", new I.Overview() },
        { "overview", new I.Overview() },
        { "ovreview", new I.Overview() },
        { "how are things?", new I.Overview() },
        { "how are things going", new I.Overview() },
        { "läget?", new I.Overview() },
        { "hur är läget", new I.Overview() },
        { "hur går det för alla?", new I.Overview() },
        { "how is everyone doing", new I.Overview() },
        { "status för mina praktikanter", new I.Overview() },
        { "sammanfattning", new I.Overview() },
        { "hur går det", new I.Overview() },

        // One trainee
        { "hur går det för Amira?", new I.Trainee("Amira") },
        { "Hur går det med Ahmed", new I.Trainee("Ahmed") },
        { "hur gar det for amira", new I.Trainee("amira") },
        { "status Amira", new I.Trainee("Amira") },
        { "status för Åsa Östlund", new I.Trainee("Åsa Östlund") },
        { "status on Amira", new I.Trainee("Amira") },
        { "how is Amira doing?", new I.Trainee("Amira") },
        { "how's Amira?", new I.Trainee("Amira") },
        { "hows Elin Svensson doing", new I.Trainee("Elin Svensson") },
        { "visa Ahmed", new I.Trainee("Ahmed") },
        { "show me Anna-Karin", new I.Trainee("Anna-Karin") },
        { "Amira", new I.Trainee("Amira") },
        { "Elin Svensson", new I.Trainee("Elin Svensson") },
        { "berätta om Elin Svensson", new I.Trainee("Elin Svensson") },
        { "berata om Elin", new I.Trainee("Elin") },
        { "tell me about Ahmed", new I.Trainee("Ahmed") },
        { "hur mår Amira?", new I.Trainee("Amira") },
        { "hur ligger Ahmed till?", new I.Trainee("Ahmed") },
        { "vad händer med Amira", new I.Trainee("Amira") },
        { "what about Elin?", new I.Trainee("Elin") },
        { "info om Amira Hassan", new I.Trainee("Amira Hassan") },
        { "och Amira?", new I.Trainee("Amira") },
        { "Vilma", new I.Trainee("Vilma") },
        { "hur går det för Max", new I.Trainee("Max") },
        { "what's going on with Amira?", new I.Trainee("Amira") },

        // Unanswered
        { "vilka har inte svarat?", new I.Unanswered() },
        { "vilka har inte svarat än", new I.Unanswered() },
        { "who hasn't answered", new I.Unanswered() },
        { "who hasnt answered yet?", new I.Unanswered() },
        { "obesvarade", new I.Unanswered() },
        { "obesvarde", new I.Unanswered() },
        { "inga svar", new I.Unanswered() },
        { "vem har inte svarat på sin check-in?", new I.Unanswered() },
        { "unanswered check-ins", new I.Unanswered() },
        { "who didn't reply", new I.Unanswered() },

        // Overdue
        { "vilka är försenade", new I.Overdue() },
        { "vilka är försennade?", new I.Overdue() },
        { "who is overdue", new I.Overdue() },
        { "who is ovedue?", new I.Overdue() },
        { "sena check-ins", new I.Overdue() },
        { "missade check-ins", new I.Overdue() },
        { "late check-ins", new I.Overdue() },

        // Due this week
        { "vilka har check-in den här veckan", new I.DueThisWeek() },
        { "check-ins denna vecka", new I.DueThisWeek() },
        { "due this week", new I.DueThisWeek() },
        { "who is due this week?", new I.DueThisWeek() },
        { "veckans check-ins", new I.DueThisWeek() },
        { "vilka har check-in i veckan", new I.DueThisWeek() },

        // Flagged
        { "flaggade", new I.Flagged() },
        { "flagade", new I.Flagged() },
        { "röda flaggor", new I.Flagged() },
        { "roda flagor", new I.Flagged() },
        { "red flags", new I.Flagged() },
        { "vilka är flaggade?", new I.Flagged() },
        { "vem är flaggad", new I.Flagged() },
        { "who is flagged", new I.Flagged() },
        { "who is flaged?", new I.Flagged() },
        { "visa flaggade", new I.Flagged() },

        // Open help requests
        { "öppna hjälpärenden", new I.HelpOpen() },
        { "oppna hjalparenden", new I.HelpOpen() },
        { "hjälpärenden", new I.HelpOpen() },
        { "open help requests", new I.HelpOpen() },
        { "vem behöver hjälp", new I.HelpOpen() },
        { "vilka behöver hjälp?", new I.HelpOpen() },
        { "who needs help?", new I.HelpOpen() },
        { "öppna ärenden", new I.HelpOpen() },

        // Renewals
        { "förlängningar", new I.RenewalsSoon() },
        { "forlangningar", new I.RenewalsSoon() },
        { "förlängnignar", new I.RenewalsSoon() },
        { "vilka ska förlängas", new I.RenewalsSoon() },
        { "renewals due", new I.RenewalsSoon() },
        { "reneals", new I.RenewalsSoon() },
        { "who needs a renewal decision", new I.RenewalsSoon() },
        { "status förlängningar", new I.RenewalsSoon() },

        // Ending
        { "vilka slutar i mars?", new I.Ending(new(2027, 3, 1), new(2027, 3, 31)) },
        { "who ends in March?", new I.Ending(new(2027, 3, 1), new(2027, 3, 31)) },
        { "vilka slutar i juni", new I.Ending(new(2026, 6, 1), new(2026, 6, 30)) },
        { "vilka slutar i maj", new I.Ending(new(2026, 5, 13), new(2026, 5, 31)) },
        { "who is ending in septmber", new I.Ending(new(2026, 9, 1), new(2026, 9, 30)) },
        { "slutar nästa månad", new I.Ending(new(2026, 6, 1), new(2026, 6, 30)) },
        { "who ends next month", new I.Ending(new(2026, 6, 1), new(2026, 6, 30)) },
        { "ending within 30 days", Soon },
        { "ending within two weeks", new I.Ending(new(2026, 5, 13), new(2026, 5, 27)) },
        { "vilka slutar inom 14 dagar", new I.Ending(new(2026, 5, 13), new(2026, 5, 27)) },
        { "vilka slutar inom tre månader", new I.Ending(new(2026, 5, 13), new(2026, 8, 13)) },
        { "vilka slutar snart", Soon },
        { "who is ending soon?", Soon },
        { "vilka slutar", Soon },
        { "vilka sluatr snart", Soon },
        { "vilka slutar den här veckan", new I.Ending(new(2026, 5, 13), new(2026, 5, 17)) },
        { "who ends next week", new I.Ending(new(2026, 5, 18), new(2026, 5, 24)) },
        { "vilka slutar i år", new I.Ending(new(2026, 5, 13), new(2026, 12, 31)) },
        { "vems praktik går ut snart", Soon },

        // Limits
        { "vilka närmar sig 18 månader", new I.LimitsNear() },
        { "12/18-month limit", new I.LimitsNear() },
        { "who is near the 18 month limit?", new I.LimitsNear() },
        { "maxtid", new I.LimitsNear() },
        { "maxtiden", new I.LimitsNear() },
        { "vilka närmar sig maxtiden?", new I.LimitsNear() },
        { "tidsgräns", new I.LimitsNear() },
        { "limits", new I.LimitsNear() },

        // Report
        { "rapport", new I.Report() },
        { "utfallsrapport", new I.Report() },
        { "utfalsrapport", new I.Report() },
        { "outcome report", new I.Report() },
        { "hur gick det efteråt", new I.Report() },
        { "outcomes", new I.Report() },
        { "statistik", new I.Report() },

        // What can I ask
        { "vad kan jag fråga?", new I.Help() },
        { "vad kan jag fråga om", new I.Help() },
        { "what can I ask?", new I.Help() },
        { "what questions can I ask", new I.Help() },
        { "vilka frågor kan jag ställa", new I.Help() },
        { "exempel", new I.Help() },

        // Not understood, and the global commands that are not the parser's
        { "hjälp", new I.Unknown("hjälp") },
        { "help", new I.Unknown("help") },
        { "avbryt", new I.Unknown("avbryt") },
        { "english", new I.Unknown("english") },
        { "jag behöver hjälp", new I.Unknown("jag behöver hjälp") },
        { "hej", new I.Unknown("hej") },
        { "  tack!  ", new I.Unknown("tack!") },
        { "", new I.Unknown("") },
        { "vad är klockan någonstans i världen idag", new I.Unknown("vad är klockan någonstans i världen idag") },
        { "Bob went to the shop", new I.Unknown("Bob went to the shop") },
        { "?!", new I.Unknown("?!") },
        { "och", new I.Unknown("och") },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void A_phrasing_gives_its_intent(string text, I expected) =>
        Assert.Equal(expected, CoordinatorIntentParser.Parse(text, Today).Intent);

    [Fact]
    public void The_table_is_large_and_covers_every_intent()
    {
        var table = Phrasings().Select(row => row.Data.Item2).ToList();

        Assert.True(table.Count >= 80, $"only {table.Count} phrasings");
        var kinds = typeof(I).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(I))).ToList();
        Assert.Equal(13, kinds.Count);
        Assert.All(kinds, kind => Assert.Contains(table, intent => intent.GetType() == kind));
    }

    [Theory]
    [InlineData("vilka har inte svarat?", "sv")]
    [InlineData("vilka är försenade", "sv")]
    [InlineData("hur går det för Amira?", "sv")]
    [InlineData("vilka slutar i mars", "sv")]
    [InlineData("öppna hjälpärenden", "sv")]
    [InlineData("who hasn't answered", "en")]
    [InlineData("how is Amira doing?", "en")]
    [InlineData("who ends in March?", "en")]
    [InlineData("open help requests", "en")]
    [InlineData("ovreview", "en")]
    [InlineData("status", null)]
    [InlineData("status Amira", null)]
    [InlineData("Amira", null)]
    [InlineData("Vilma", null)]
    [InlineData("hur går det för Vilma", "sv")]
    [InlineData("april", null)]
    public void The_language_is_read_when_it_is_plain(string text, string? language) =>
        Assert.Equal(language, CoordinatorIntentParser.Parse(text, Today).Language);

    [Theory]
    // A month already over this year is next year's.
    [InlineData("2026-05-13", "vilka slutar i januari", "2027-01-01", "2027-01-31")]
    [InlineData("2026-05-13", "who ends in April", "2027-04-01", "2027-04-30")]
    // This month: from today to its end.
    [InlineData("2026-03-20", "vilka slutar i mars", "2026-03-20", "2026-03-31")]
    // A month still to come this year.
    [InlineData("2026-01-31", "who ends in February?", "2026-02-01", "2026-02-28")]
    [InlineData("2026-11-02", "slutar i december", "2026-12-01", "2026-12-31")]
    [InlineData("2026-12-15", "vilka slutar nästa månad", "2027-01-01", "2027-01-31")]
    [InlineData("2028-01-10", "ending next month", "2028-02-01", "2028-02-29")]
    [InlineData("2026-12-15", "vilka slutar i februari", "2027-02-01", "2027-02-28")]
    [InlineData("2026-01-31", "vilka slutar snart", "2026-01-31", "2026-03-02")]
    [InlineData("2026-05-17", "vilka slutar den här veckan", "2026-05-17", "2026-05-17")]
    [InlineData("2026-05-17", "who ends next week", "2026-05-18", "2026-05-24")]
    [InlineData("2026-01-31", "ending within 1 month", "2026-01-31", "2026-02-28")]
    [InlineData("2026-06-01", "vilka slutar idag", "2026-06-01", "2026-06-01")]
    public void Ending_dates_follow_today(string today, string text, string from, string to)
    {
        var intent = CoordinatorIntentParser.Parse(text, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Intent;

        Assert.Equal(
            new I.Ending(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            intent);
    }

    [Fact]
    public void A_long_message_is_not_understood()
    {
        var text = string.Concat(Enumerable.Repeat("vilka är flaggade ", 40));

        Assert.IsType<I.Unknown>(CoordinatorIntentParser.Parse(text, Today).Intent);
    }
}
