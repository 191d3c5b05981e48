namespace TraineeBot.Dialogs;

/// <summary>The text of one dialog file and its name relative to the dialogs folder.</summary>
internal sealed record DialogSource(string File, string Yaml);
