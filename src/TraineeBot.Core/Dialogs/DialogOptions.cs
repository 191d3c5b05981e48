namespace TraineeBot.Core.Dialogs;

public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>Folder with the dialog definitions (*.yaml); relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = "dialogs";

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
