using TraineeBot.Dialogs;
using TraineeBot.Testing;
using TraineeBot.UnitTests.Dialogs.Support;

namespace TraineeBot.UnitTests.Dialogs;

public sealed class DialogLoaderTests
{
    /// <summary>Each broken fixture has one mistake; the problem says where (line, column) and what.</summary>
    public static TheoryData<string, int, int, string> BrokenFiles() => new()
    {
        { "syntax-error.yaml", 3, 14, "not valid YAML: while scanning a multi-line double-quoted scalar, found wrong indentation." },
        { "duplicate-key.yaml", 8, 5, "not valid YAML: duplicate key prompt" },
        { "empty.yaml", 1, 1, "the file is empty; a dialog needs id, version, title and steps" },
        { "not-a-mapping.yaml", 1, 1, "a dialog file must be a mapping (key: value lines)" },
        { "missing-id.yaml", 1, 1, "the dialog has no 'id'" },
        { "missing-version.yaml", 1, 1, "the dialog has no 'version'" },
        { "zero-version.yaml", 2, 10, "version must be a whole number from 1 up" },
        { "missing-steps.yaml", 1, 1, "the dialog has no 'steps'" },
        { "empty-steps.yaml", 4, 8, "'steps' must be a list of steps (each starting with '- id: ...')" },
        { "duplicate-step-id.yaml", 8, 9, "duplicate step id 'a' (also step 1)" },
        { "bad-step-id.yaml", 5, 9, "id 'Start Date' must be lower-case letters and digits, joined by - or _ (like 'start-date')" },
        { "unknown-kind.yaml", 6, 11, "unknown kind 'multi' for step 'a' (kinds: text, choice, scale, yesno, date, number, form, confirm)" },
        { "missing-prompt.yaml", 5, 5, "step 'a' has no 'prompt'" },
        { "missing-swedish.yaml", 7, 13, "'prompt' of step 'a' has no Swedish text (sv)" },
        { "plain-prompt.yaml", 7, 13, "'prompt' of step 'a' must be written as { sv: ..., en: ... } (Swedish required, English optional)" },
        { "when-unknown-step.yaml", 10, 19, "the condition (when) of step 'b' refers to unknown step 'rating'" },
        { "when-later-step.yaml", 7, 19, "the condition (when) of step 'a' refers to step 'b', which comes later; a condition can only use answers to earlier steps" },
        { "when-not-an-option.yaml", 15, 30, "'green' in the condition (when) of step 'b' is not an option of step 'a' (options: red, blue)" },
        { "when-at-most-on-text.yaml", 10, 30, "atMost and atLeast work with scale and number steps; 'a' is a text step" },
        { "choice-without-options.yaml", 5, 5, "step 'a' is a choice and needs 'options'" },
        { "option-names-two-options.yaml", 11, 9, "'VÅRD' names both option 'care' and option 'health' of step 'a'; each word may pick only one option" },
        { "text-min-greater-than-max.yaml", 8, 16, "minLength (10) of step 'a' is greater than maxLength (5)" },
        { "number-min-greater-than-max.yaml", 8, 10, "min (10) of step 'a' is greater than max (2.5)" },
        { "scale-min-not-less-than-max.yaml", 8, 10, "min (5) of step 'a' must be less than max (1)" },
        { "scale-label-outside.yaml", 9, 7, "label '0' of step 'a' is not a point on the scale (1–5)" },
        { "date-bounds-reversed.yaml", 8, 16, "notBefore (today+10) of step 'a' is after notAfter (today)" },
        { "date-bound-unreadable.yaml", 8, 16, "notBefore of step 'a' must be today, today+N, today-N or a date like 2026-12-01" },
        { "unknown-end-action.yaml", 8, 19, "unknown end action 'send-fax' (known: notify-coordinator, save-answers, thank-user)" },
        { "key-of-another-kind.yaml", 8, 5, "'options' does not belong to a text step (it is for choice)" },
        { "confirm-not-last.yaml", 5, 5, "a confirm step must be the last step" },
        { "form-field-kind.yaml", 10, 15, "unknown kind 'confirm' for field 'ok' of step 'a' (kinds: text, choice, scale, yesno, date, number)" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_refused_with_where_and_what(string file, int line, int column, string message)
    {
        var problems = Refused("Broken/" + file);

        var problem = Assert.Single(problems.Problems);
        Assert.Equal(new DefinitionProblem("Broken/" + file, line, column, message), problem);
        Assert.Equal($"Broken/{file}:{line}:{column}: {message}", problems.Message);
    }

    [Fact]
    public void Every_broken_fixture_is_in_the_table()
    {
        var files = Directory.GetFiles(DialogFixtures.Path_("Broken")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var listed = BrokenFiles().Select(row => row.Data.Item1).Append("unknown-key.yaml").Order(StringComparer.Ordinal);

        Assert.Equal(listed, files);
    }

    [Fact]
    public void A_misspelt_key_is_named_with_a_suggestion_and_the_key_it_should_have_been_is_missing()
    {
        var problems = Refused("Broken/unknown-key.yaml");

        Assert.Equal(
            [
                "Broken/unknown-key.yaml:5:5: step 'a' has no 'prompt'",
                "Broken/unknown-key.yaml:7:5: unknown key 'promt' in step 'a' (did you mean 'prompt'?)",
            ],
            problems.Message.Split('\n'));
    }

    [Fact]
    public void The_catalog_reports_every_problem_of_every_file_at_once_in_file_and_line_order()
    {
        var problems = Assert.Throws<DialogDefinitionException>(() =>
            DialogCatalog.Load(DialogFixtures.Path_("ManyProblems"), DialogFixtures.EndActions));

        Assert.Equal(
            [
                "a-many.yaml:2:10: 'version' of the dialog must be a whole number",
                "a-many.yaml:3:8: 'title' of the dialog has no Swedish text (sv)",
                "a-many.yaml:5:5: step 'a' has no 'prompt'",
                "a-many.yaml:7:5: unknown key 'promt' in step 'a' (did you mean 'prompt'?)",
                "a-many.yaml:8:5: step 'b' is a choice and needs 'options'",
                "a-many.yaml:13:19: the condition (when) of step 'c' refers to step 'd', which comes later; a condition can only use answers to earlier steps",
                "a-many.yaml:15:16: minLength (9) of step 'c' is greater than maxLength (3)",
                "a-many.yaml:18:11: unknown kind 'sometimes' for step 'd' (kinds: text, choice, scale, yesno, date, number, form, confirm)",
                "a-many.yaml:20:7: unknown end action 'nobody-knows' (known: notify-coordinator, save-answers, thank-user)",
                "b-syntax.yaml:3:12: not valid YAML here: check brackets, quotes and indentation",
            ],
            problems.Message.Split('\n'));
        Assert.Equal(10, problems.Problems.Count);
        Assert.Equal(problems.Message.Split('\n'), problems.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Two_files_with_the_same_dialog_id_are_refused_at_the_second_id()
    {
        var problems = Assert.Throws<DialogDefinitionException>(() =>
            DialogCatalog.Load(DialogFixtures.Path_("DuplicateIds"), DialogFixtures.EndActions));

        Assert.Equal("second.yaml:2:5: dialog id 'same' is already used in first.yaml", problems.Message);
    }

    [Fact]
    public void Two_dialogs_with_the_same_trigger_are_refused()
    {
        var problems = Assert.Throws<DialogDefinitionException>(() => DialogCatalog.Read(
            [
                new DialogSource("a.yaml", Minimal("a") + "triggers: [Tyck till]\n"),
                new DialogSource("b.yaml", Minimal("b") + "triggers: [tyck till!]\n"),
            ],
            DialogFixtures.EndActions));

        Assert.Equal("b.yaml:8:11: trigger 'tyck till!' already starts dialog 'a'", problems.Message);
    }

    [Fact]
    public void A_missing_folder_is_not_an_empty_catalog()
    {
        Assert.Throws<DirectoryNotFoundException>(() =>
            DialogCatalog.Load(Path.Combine(DialogFixtures.Folder, "no-such-folder"), DialogFixtures.EndActions));
    }

    [Fact]
    public void The_real_dialogs_load_when_their_end_actions_are_registered()
    {
        var catalog = DialogCatalog.Load(RepositoryPaths.Dialogs, DialogFixtures.RealEndActions);

        Assert.NotNull(catalog.Find("feedback"));
        Assert.Null(catalog.Find("Feedback"));
        Assert.Same(catalog.Find("feedback"), catalog.FindByTrigger("Tyck till!"));
        Assert.Same(catalog.Find("feedback"), catalog.FindByTrigger("FEEDBACK"));
        Assert.Null(catalog.FindByTrigger("hjälp"));
    }

    [Fact]
    public void The_real_dialogs_are_refused_when_an_end_action_is_not_registered()
    {
        var problems = Assert.Throws<DialogDefinitionException>(() =>
            DialogCatalog.Load(RepositoryPaths.Dialogs, new HashSet<string>()));

        Assert.Contains(problems.Problems, p => p.File == "feedback.yaml" && p.Message == "unknown end action 'thank-user' (none are registered)");
    }

    [Fact]
    public void Every_text_in_the_real_dialogs_has_English_too()
    {
        var catalog = DialogCatalog.Load(RepositoryPaths.Dialogs, DialogFixtures.RealEndActions);

        foreach (var definition in catalog.Definitions)
        {
            var texts = new List<LocalizedText?> { definition.Title, definition.Completion };
            foreach (var step in definition.Steps)
            {
                texts.Add(step.Prompt);
                texts.Add(step.Example);
                texts.AddRange(step.Fields.Select(field => field.Label));
                texts.AddRange(Labels(step.Answer));
                texts.AddRange(step.Fields.SelectMany(field => Labels(field.Answer)));
            }

            Assert.All(texts.OfType<LocalizedText>(), text => Assert.False(string.IsNullOrWhiteSpace(text.English), $"{definition.Id}: '{text.Swedish}' has no English"));
        }
    }

    [Fact]
    public void The_whole_example_in_the_format_reference_loads()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "dialogs.md"));
        var start = doc.IndexOf("```yaml\nid: feedback", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var definition = DialogFixtures.FromText("docs/dialogs.md", yaml);

        Assert.Equal(["ease", "more", "comment", "contact", "contact-date", "confirm"], definition.Steps.Select(s => s.Id));
    }

    [Fact]
    public void A_form_step_is_read_with_each_field_kind_and_its_options()
    {
        var definition = DialogFixtures.Fixture("form-example.yaml");

        var form = definition.FindStep("placement")!;
        Assert.Equal(StepKind.Form, form.Kind);
        Assert.Null(form.Answer);
        Assert.Equal(["attendance", "tasks", "hours", "next-meeting", "extend", "note"], form.Fields.Select(f => f.Id));
        Assert.Equal(
            [StepKind.Scale, StepKind.Choice, StepKind.Number, StepKind.Date, StepKind.YesNo, StepKind.Text],
            form.Fields.Select(f => f.Kind));
        Assert.False(form.Fields.Single(f => f.Id == "note").Required);
        Assert.True(form.Fields.Single(f => f.Id == "hours").Required);
        Assert.True(((ChoiceAnswerSpec)form.Fields.Single(f => f.Id == "tasks").Answer).Multiple);
        Assert.Equal(["notify-coordinator"], definition.EndActions);
    }

    [Fact]
    public void Conditions_are_read_in_the_stored_form_of_their_step()
    {
        var definition = DialogFixtures.Fixture("conditions.yaml");

        Assert.Equal(new StepCondition("rating") { AtMost = 2 }, definition.FindStep("why")!.When);
        Assert.Equal(["care", "kitchen", "office"], definition.FindStep("indoor-hours")!.When!.OneOf);
        Assert.False(definition.FindStep("start")!.When!.Answered);
        Assert.Equal("true", DialogFixtures.Fixture("form-example.yaml").FindStep("concern-text")!.When!.EqualTo);
        Assert.Equal(3, definition.Version);
        Assert.Equal("Klart!", definition.Completion!.Get("sv"));
    }

    [Fact]
    public void Swedish_is_used_where_English_is_missing()
    {
        var text = new LocalizedText("Hej", null);

        Assert.Equal("Hej", text.Get("en"));
        Assert.Equal("Hej", text.Get("sv"));
        Assert.Equal("Hi", new LocalizedText("Hej", "Hi").Get("en-GB"));
        Assert.Equal("Hej", new LocalizedText("Hej", "Hi").Get("fi"));
    }

    private static DialogDefinitionException Refused(string file) =>
        DialogFixtures.Problems(file, File.ReadAllText(DialogFixtures.Path_(file)));

    private static IEnumerable<LocalizedText> Labels(AnswerSpec? spec) => spec switch
    {
        ChoiceAnswerSpec choice => choice.Choices.Select(option => option.Label),
        ScaleAnswerSpec scale => scale.Labels.Values,
        _ => [],
    };

    private static string Minimal(string id) =>
        $"id: {id}\nversion: 1\ntitle: {{ sv: Titel }}\nsteps:\n  - id: a\n    kind: yesno\n    prompt: {{ sv: Ja? }}\n";
}
