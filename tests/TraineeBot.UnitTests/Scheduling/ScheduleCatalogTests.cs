using TraineeBot.Core.Scheduling;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Scheduling;

public sealed class ScheduleCatalogTests
{
    private const string Valid = """
        id: a
        recipient: trainee
        sends: { dialog: a }
        when: { every: 14 days, at: "09:00" }

        """;

    private static string Schedules => Path.Combine(RepositoryPaths.Root, "schedules");

    [Fact]
    public void The_shipped_schedules_load()
    {
        var catalog = ScheduleCatalog.Load(Schedules);

        Assert.Equal(["after-programme", "renewal-decision", "supervisor-certificate", "supervisor-checkin", "supervisor-midpoint", "trainee-checkin"], catalog.All.Select(definition => definition.Id));

        var checkin = catalog.Find("trainee-checkin")!;
        Assert.Equal(ScheduleRecipients.Trainee, checkin.Recipient);
        Assert.Equal(new ScheduleSends(ScheduleSendsKind.Dialog, "trainee-checkin"), checkin.Sends);
        Assert.Equal(new ScheduleRule.Every(14, new TimeOnly(9, 0), "start", "end"), checkin.Rule);
        Assert.Equal(TimeSpan.FromDays(2), checkin.ExpireAfter);
        Assert.Equal(Path.Combine(Schedules, "trainee-checkin.yaml"), checkin.SourcePath);

        var supervisor = catalog.Find("supervisor-checkin")!;
        Assert.Equal(ScheduleRecipients.Supervisor, supervisor.Recipient);
        Assert.Equal(new ScheduleSends(ScheduleSendsKind.Card, "supervisor-checkin"), supervisor.Sends);
        Assert.Equal(new ScheduleRule.WorkingDaysBefore(10, "renewals", new TimeOnly(9, 0)), supervisor.Rule);
        Assert.Null(supervisor.ExpireAfter);

        var after = catalog.Find("after-programme")!;
        Assert.Equal(new ScheduleSends(ScheduleSendsKind.Dialog, "after-programme"), after.Sends);
        var offsets = Assert.IsType<ScheduleRule.Offsets>(after.Rule);
        Assert.Equal("end", offsets.After);
        Assert.Equal([new DateOffset(3, 0), new DateOffset(6, 0), new DateOffset(12, 0)], offsets.Steps);
        Assert.Equal(new TimeOnly(10, 0), offsets.At);

        Assert.Null(catalog.Find("nothing"));
    }

    [Fact]
    public void Other_forms_of_the_rules_load()
    {
        using var folder = new TempFolder(("a.yml", """
            id: a_1
            recipient: coordinator
            sends:
              text: Checkin.Overdue
            when:
              every: 2 veckor
              from: renewals
              until: start
              at: 7:30
            expire-after: 12 timmar
            """), ("b.yaml", """
            id: b
            recipient: supervisor
            sends: { card: b }
            when: { offsets: [-1 day, 1 månad och 2 dagar], after: start, at: "16:45" }
            """));

        var catalog = ScheduleCatalog.Load(folder.Path);

        var a = catalog.Find("a_1")!;
        Assert.Equal(new ScheduleSends(ScheduleSendsKind.Text, "Checkin.Overdue"), a.Sends);
        Assert.Equal(new ScheduleRule.Every(14, new TimeOnly(7, 30), "renewals", "start"), a.Rule);
        Assert.Equal(TimeSpan.FromHours(12), a.ExpireAfter);
        var b = Assert.IsType<ScheduleRule.Offsets>(catalog.Find("b")!.Rule);
        Assert.Equal([new DateOffset(0, -1), new DateOffset(1, 2)], b.Steps);
    }

    /// <summary>One mistake per file; the problem says where (line, column) and what.</summary>
    public static TheoryData<string, string> BrokenFiles() => new()
    {
        { "", "1:1: the file is empty; a schedule needs id, recipient, sends and when" },
        { "- id: a", "1:1: a schedule file must be a mapping (key: value lines, or { key: value, ... })" },
        { "id: a\nwhen: { every: \"14 days, at: 09:00 }\n", "2:16: not valid YAML: while scanning a quoted scalar, found unexpected end of stream." },
        { Valid + "expire_after: 2 days\n", "5:1: unknown key 'expire_after' in the schedule (did you mean 'expire-after'?)" },
        { Valid + "priority: high\n", "5:1: unknown key 'priority' in the schedule (allowed: id, recipient, sends, when, expire-after)" },
        { Valid.Replace("id: a\n", "", StringComparison.Ordinal), "1:1: the schedule has no 'id'" },
        { Valid.Replace("id: a", "id: Trainee Checkin", StringComparison.Ordinal), "1:5: id 'Trainee Checkin' must be lower-case letters and digits, joined by - or _ (like 'trainee-checkin')" },
        { Valid.Replace("trainee", "boss", StringComparison.Ordinal), "2:12: recipient 'boss' is not one of trainee, supervisor, coordinator" },
        { Valid.Replace("{ dialog: a }", "a", StringComparison.Ordinal), "3:8: 'sends' must name one thing to send: { dialog: <id> }, { card: <template> } or { text: <key> }" },
        { Valid.Replace("{ dialog: a }", "{ dialog: a, card: b }", StringComparison.Ordinal), "3:8: 'sends' names dialog and card; a schedule sends one thing" },
        { Valid.Replace("{ dialog: a }", "{ dialogue: a }", StringComparison.Ordinal), "3:10: unknown key 'dialogue' in 'sends' (did you mean 'dialog'?)" },
        { Valid.Replace("{ dialog: a }", "{ dialog: Check In }", StringComparison.Ordinal), "3:18: dialog 'Check In' in 'sends' must be lower-case letters and digits, joined by - or _ (like 'trainee-checkin')" },
        { Valid.Replace("\"09:00\"", "\"9.00\"", StringComparison.Ordinal), "4:29: 'at' in 'when' must be a local time of day like \"09:00\" (not '9.00')" },
        { Valid.Replace(", at: \"09:00\"", "", StringComparison.Ordinal), "4:7: 'when' has no 'at'" },
        { Valid.Replace("14 days", "1 month", StringComparison.Ordinal), "4:16: 'every' counts days or weeks, not months (they differ in length); for monthly messages use 'after' with 'offsets'" },
        { Valid.Replace("14 days", "fortnight", StringComparison.Ordinal), "4:16: 'every' must be a number of days or weeks, like '14 days' or '2 weeks' (not 'fortnight')" },
        { Valid.Replace("14 days", "0 days", StringComparison.Ordinal), "4:16: 'every' must be at least 1 day (not '0 days')" },
        { Valid.Replace("14 days", "14 days, from: begin", StringComparison.Ordinal), "4:31: unknown date 'begin' in 'from' (known: end, midpoints, renewals, start)" },
        { Valid.Replace("14 days", "14 days, each: renewals", StringComparison.Ordinal), "4:25: 'each' does not belong with 'every' (it is for 'working-days-before')" },
        { Valid.Replace("every: 14 days", "every: 14 days, working-days-before: 3", StringComparison.Ordinal), "4:7: 'when' mixes kinds of rule ('every', 'working-days-before'); use one" },
        { Valid.Replace("every: 14 days, ", "", StringComparison.Ordinal), "4:7: 'when' needs one of 'every', 'working-days-before' or 'after' (with 'offsets')" },
        { Valid.Replace("every: 14 days", "evry: 14 days", StringComparison.Ordinal), "4:9: unknown key 'evry' in 'when' (did you mean 'every'?)" },
        { Valid.Replace("every: 14 days", "daily: yes", StringComparison.Ordinal), "4:9: unknown key 'daily' in 'when' (allowed: every, from, until, at, working-days-before, each, after, offsets)" },
        { Valid.Replace("{ every: 14 days, at: \"09:00\" }", "every 14 days", StringComparison.Ordinal), "4:7: 'when' must be a mapping, like { every: 14 days, at: \"09:00\" }" },
        { Valid.Replace("every: 14 days", "working-days-before: 10, each: renewal", StringComparison.Ordinal), "4:40: unknown date 'renewal' in 'each' (did you mean 'renewals'?)" },
        { Valid.Replace("every: 14 days", "working-days-before: ten, each: renewals", StringComparison.Ordinal), "4:30: 'working-days-before' must be a whole number of working days from 0 up (not 'ten')" },
        { Valid.Replace("every: 14 days", "working-days-before: 10", StringComparison.Ordinal), "4:7: 'when' has no 'each'" },
        { Valid.Replace("every: 14 days", "after: end, offsets: [3 months, 6 mnths]", StringComparison.Ordinal), "4:41: offset '6 mnths' must be like '3 months', '14 days' or '-1 day' (or in Swedish: '3 månader', '14 dagar')" },
        { Valid.Replace("every: 14 days", "after: end, offsets: [3 months, 3 månader]", StringComparison.Ordinal), "4:41: offset '3 månader' is listed twice" },
        { Valid.Replace("every: 14 days", "after: end, offsets: 3 months", StringComparison.Ordinal), "4:30: 'offsets' must be a list of offsets, like [3 months, 6 months, 12 months]" },
        { Valid.Replace("every: 14 days", "offsets: [3 months]", StringComparison.Ordinal), "4:7: 'when' has no 'after'" },
        { Valid + "expire-after: soon\n", "5:15: 'expire-after' must be a length of time like '2 days', '12 hours' or '1 week' (not 'soon')" },
        { Valid + "expire-after: 1 month\n", "5:15: 'expire-after' must be a length of time like '2 days', '12 hours' or '1 week' (not '1 month')" },
        { Valid + "expire-after: 0 hours\n", "5:15: 'expire-after' must be longer than zero (not '0 hours')" },
        { Valid + "---\n" + Valid, "6:1: a file holds one schedule; remove the second document (after ---)" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_refused_with_where_and_what(string yaml, string problem)
    {
        using var folder = new TempFolder(("broken.yaml", yaml));

        var error = Assert.Throws<ScheduleDefinitionException>(() => ScheduleCatalog.Load(folder.Path));

        Assert.Equal("broken.yaml:" + problem, error.Message);
        var only = Assert.Single(error.Problems);
        Assert.Equal("broken.yaml", only.File);
    }

    [Fact]
    public void Every_problem_of_every_file_is_listed_at_once_in_file_and_line_order()
    {
        using var folder = new TempFolder(
            ("b.yaml", """
                id: b
                recipient: boss
                sends: { dialog: b }
                when: { every: 14 dayz, at: "25:00" }
                """),
            ("a.yaml", Valid),
            ("c.yaml", Valid),
            ("notes.txt", "not a schedule"));

        var error = Assert.Throws<ScheduleDefinitionException>(() => ScheduleCatalog.Load(folder.Path));

        Assert.Equal(
            [
                "b.yaml:2:12: recipient 'boss' is not one of trainee, supervisor, coordinator",
                "b.yaml:4:16: 'every' must be a number of days or weeks, like '14 days' or '2 weeks' (not '14 dayz')",
                "b.yaml:4:29: 'at' in 'when' must be a local time of day like \"09:00\" (not '25:00')",
                "c.yaml:1:5: schedule id 'a' is already used in a.yaml",
            ],
            error.Message.Split('\n'));
        Assert.Equal(4, error.Problems.Count);
    }

    [Fact]
    public void An_empty_folder_is_an_empty_catalog_and_a_missing_one_is_an_error()
    {
        using var folder = new TempFolder();

        Assert.Empty(ScheduleCatalog.Load(folder.Path).All);
        Assert.Throws<DirectoryNotFoundException>(() => ScheduleCatalog.Load(Path.Combine(folder.Path, "missing")));
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder(params (string Name, string Text)[] files)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "traineebot-schedules-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(System.IO.Path.Combine(Path, name), text);
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
