namespace TraineeBot.Core.Dialogs;

public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>Folder with the dialog definitions (*.yaml); relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = "dialogs";

    /// <summary>
    /// A typed message to a dialog untouched for longer than this (default 12 hours) gets "we continue where you left
    /// off" and the current question again instead of being taken as the answer.
    /// </summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromHours(12);

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
