namespace TraineeBot.Dialogs;

/// <summary>What the engine wants shown to the user. Every text is already in the user's language.</summary>
public abstract record DialogOutput
{
    private DialogOutput()
    {
    }

    /// <summary>
    /// Ask one step. Render as text (prompt, problem, numbered options, buttons when <see cref="OfferButtons"/>) or
    /// as a card from <see cref="Fields"/>: a card submit sends field id → value, which <see cref="DialogInput.CardData"/>
    /// carries back. A non-form step has one field whose id is the step id.
    /// </summary>
    public sealed record AskStep : DialogOutput
    {
        public required string DialogId { get; init; }

        public required string DialogTitle { get; init; }

        public required string StepId { get; init; }

        public required StepKind Kind { get; init; }

        public required string Prompt { get; init; }

        /// <summary>What was wrong with the last answer and what is expected, when asking again.</summary>
        public string? Problem { get; init; }

        /// <summary>Show <see cref="Options"/> as buttons (choice, yes/no and scale; a button sends its option's value).</summary>
        public bool OfferButtons { get; init; }

        /// <summary>The answers to pick from (choice, scale, yes/no), in order: "1" is the first. Empty for other kinds.</summary>
        public IReadOnlyList<AnswerOption> Options { get; init; } = [];

        /// <summary>Several options may be chosen (a multiple choice).</summary>
        public bool Multiple { get; init; }

        /// <summary>An example of a valid answer, given after repeated invalid answers to kinds without options.</summary>
        public string? Example { get; init; }

        /// <summary>The step's place among the steps that apply now (1-based) and their count; the count can grow when
        /// an answer makes a conditional step apply.</summary>
        public int StepNumber { get; init; }

        public int StepCount { get; init; }

        /// <summary>"Fråga 2 av 5" / "Question 2 of 5".</summary>
        public required string Progress { get; init; }

        /// <summary>The inputs of a card for this step: one for a single-answer step, each field for a form.</summary>
        public IReadOnlyList<AskField> Fields { get; init; } = [];

        /// <summary>When changing an answer from the summary: the answer now ("Ditt svar nu: 4").</summary>
        public string? CurrentAnswer { get; init; }

        /// <summary>When changing an answer: an option that keeps the answer and goes back to the summary.</summary>
        public AnswerOption? Keep { get; init; }

        public int InvalidAttempts { get; init; }
    }

    /// <summary>The answers so far, numbered, for the user to send ("ja") or change ("ändra 2").</summary>
    public sealed record Summary : DialogOutput
    {
        public required string DialogId { get; init; }

        public required string DialogTitle { get; init; }

        /// <summary>The confirm step's id: a card submit sends { stepId: "ja" } or { stepId: "ändra 2" }.</summary>
        public required string StepId { get; init; }

        /// <summary>The confirm step's prompt, e.g. "Stämmer det här?".</summary>
        public required string Prompt { get; init; }

        public required IReadOnlyList<SummaryLine> Lines { get; init; }

        /// <summary>"Skriv ja för att skicka, eller till exempel ändra 2 för att ändra svar 2."</summary>
        public required string Instructions { get; init; }

        /// <summary>The button that sends the answers.</summary>
        public required AnswerOption Send { get; init; }

        /// <summary>What was wrong with the last reply to the summary.</summary>
        public string? Problem { get; init; }
    }

    /// <summary>The dialog is done: run the end actions with the answers.</summary>
    public sealed record Completed : DialogOutput
    {
        public required string DialogId { get; init; }

        public required int DialogVersion { get; init; }

        public required IReadOnlyList<string> EndActions { get; init; }

        /// <summary>The final answers by step id, in step order (only steps that applied).</summary>
        public required IReadOnlyDictionary<string, Answer> Answers { get; init; }

        /// <summary>The definition's completion message, or the engine's default thanks.</summary>
        public required string Message { get; init; }
    }

    /// <summary>The user cancelled ("avbryt"/"cancel").</summary>
    public sealed record Cancelled : DialogOutput
    {
        public required string DialogId { get; init; }

        public required string Message { get; init; }
    }

    /// <summary>A line to show before the next question (e.g. "Vi fortsätter där du slutade.").</summary>
    public sealed record Notice(string Text) : DialogOutput;
}

/// <summary>An answer to pick: <see cref="Value"/> is what a button sends (as text, or as the card field's value).</summary>
public sealed record AnswerOption(string Value, string Label);

/// <summary>One numbered line of a summary, with the command that changes it.</summary>
public sealed record SummaryLine(int Number, string StepId, string Question, string Answer, AnswerOption Change);

/// <summary>One input of a card: everything needed to render an Adaptive Card input for it.</summary>
public sealed record AskField
{
    /// <summary>The key the card submit must use: the step id, or the form field's id.</summary>
    public required string Id { get; init; }

    public required StepKind Kind { get; init; }

    public required string Label { get; init; }

    public bool Required { get; init; } = true;

    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    public bool Multiple { get; init; }

    /// <summary>The value to prefill, as a card sends it ("2026-12-01", "3.5", an option value, "a,b" for several).</summary>
    public string? Value { get; init; }

    /// <summary>What is wrong with this field's last value.</summary>
    public string? Problem { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool WholeNumber { get; init; }

    public DateOnly? Earliest { get; init; }

    public DateOnly? Latest { get; init; }
}
