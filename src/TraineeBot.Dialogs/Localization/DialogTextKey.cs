namespace TraineeBot.Dialogs;

/// <summary>The names of the engine's own texts in <c>DialogTexts.resx</c> (Swedish) and <c>DialogTexts.en.resx</c> (English).</summary>
internal static class DialogTextKey
{
    public const string ProblemTextEmpty = "Problem.TextEmpty";
    public const string ProblemTextTooShort = "Problem.TextTooShort";
    public const string ProblemTextTooLong = "Problem.TextTooLong";
    public const string ProblemChoice = "Problem.Choice";
    public const string ProblemChoiceAmbiguous = "Problem.ChoiceAmbiguous";
    public const string ProblemChoicePart = "Problem.ChoicePart";
    public const string ProblemChoiceOnlyOne = "Problem.ChoiceOnlyOne";
    public const string ProblemScale = "Problem.Scale";
    public const string ProblemYesNo = "Problem.YesNo";
    public const string ProblemDate = "Problem.Date";
    public const string ProblemDateNotReal = "Problem.DateNotReal";
    public const string ProblemDateTooEarly = "Problem.DateTooEarly";
    public const string ProblemDateTooLate = "Problem.DateTooLate";
    public const string ProblemNumber = "Problem.Number";
    public const string ProblemNumberWhole = "Problem.NumberWhole";
    public const string ProblemNumberTooSmall = "Problem.NumberTooSmall";
    public const string ProblemNumberTooLarge = "Problem.NumberTooLarge";
    public const string ProblemFieldRequired = "Problem.FieldRequired";
    public const string ProblemFormFields = "Problem.FormFields";
    public const string ProblemFormNeedsCard = "Problem.FormNeedsCard";
    public const string ProblemConfirm = "Problem.Confirm";
    public const string ProblemConfirmNumber = "Problem.ConfirmNumber";
    public const string SummaryInstructions = "Summary.Instructions";
    public const string SummarySendCommand = "Summary.SendCommand";
    public const string SummarySendLabel = "Summary.SendLabel";
    public const string SummaryChangeCommand = "Summary.ChangeCommand";
    public const string SummaryChangeLabel = "Summary.ChangeLabel";
    public const string AnswerYes = "Answer.Yes";
    public const string AnswerNo = "Answer.No";
    public const string WordOr = "Word.Or";
    public const string AnswerNone = "Answer.None";
    public const string AskProgress = "Ask.Progress";
    public const string AskCurrentAnswer = "Ask.CurrentAnswer";
    public const string AskKeepCommand = "Ask.KeepCommand";
    public const string AskKeepLabel = "Ask.KeepLabel";
    public const string ExampleDate = "Example.Date";
    public const string ExampleNumber = "Example.Number";
    public const string ExampleNumberWhole = "Example.NumberWhole";
    public const string ExampleText = "Example.Text";
    public const string ExampleChoiceMultiple = "Example.ChoiceMultiple";
    public const string NoticeResumed = "Notice.Resumed";
    public const string NoticeUpdated = "Notice.Updated";
    public const string CancelledMessage = "Cancelled.Message";
    public const string CompletedMessage = "Completed.Message";
}
