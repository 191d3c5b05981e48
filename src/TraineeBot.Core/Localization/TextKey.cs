namespace TraineeBot.Core.Localization;

/// <summary>The names of the bot's texts in <c>BotTexts.resx</c> (Swedish) and <c>BotTexts.en.resx</c> (English).</summary>
public static class TextKey
{
    public const string WelcomeTitle = "Welcome.Title";
    public const string WelcomeGreeting = "Welcome.Greeting";
    public const string WelcomeGreetingNamed = "Welcome.GreetingNamed";
    public const string WelcomeIntro = "Welcome.Intro";
    public const string WelcomeCommandsHeading = "Welcome.CommandsHeading";
    public const string WelcomeLanguageHint = "Welcome.LanguageHint";
    public const string WelcomeHelpButton = "Welcome.HelpButton";
    public const string WelcomeOtherLanguageButton = "Welcome.OtherLanguageButton";
    public const string CommandHelp = "Command.Help";
    public const string CommandOtherLanguage = "Command.OtherLanguage";
    public const string HelpIntro = "Help.Intro";
    public const string HelpCommands = "Help.Commands";
    public const string NotUnderstood = "NotUnderstood";
    public const string LanguageChanged = "LanguageChanged";
    public const string ErrorApology = "Error.Apology";
    public const string Cancelled = "Cancelled";
    public const string NothingToCancel = "NothingToCancel";
    public const string NeedHelpNoCoordinator = "NeedHelp.NoCoordinator";
    public const string DialogConflict = "Dialog.Conflict";
    public const string DialogThankUser = "Dialog.ThankUser";
    public const string DialogButtonsHint = "Dialog.ButtonsHint";
    public const string DialogSubmit = "Dialog.Submit";
    public const string DialogRequired = "Dialog.Required";
    public const string DialogUnavailable = "Dialog.Unavailable";
    public const string DialogClosed = "Dialog.Closed";
    public const string DeliveryNoticeHeading = "DeliveryNotice.Heading";
    public const string DeliveryNoticeLine = "DeliveryNotice.Line";
    public const string DeliveryNoticeExpired = "DeliveryNotice.Expired";
    public const string DeliveryNoticeUnreachable = "DeliveryNotice.Unreachable";
    public const string DeliveryNoticeFailed = "DeliveryNotice.Failed";
    public const string PauseConfirmed = "Pause.Confirmed";
    public const string PauseNotUnderstood = "Pause.NotUnderstood";
    public const string PauseInPast = "Pause.InPast";
    public const string PauseTooLong = "Pause.TooLong";
    public const string PauseResumed = "Pause.Resumed";
    public const string PauseNothingToResume = "Pause.NothingToResume";
}
