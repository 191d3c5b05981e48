namespace TraineeBot.Dialogs;

/// <summary>What the engine needs from outside: the user's language ("sv" or "en") and today's date in Europe/Stockholm.</summary>
public sealed record DialogContext(string Language, DateOnly Today);
