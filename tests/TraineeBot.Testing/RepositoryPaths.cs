namespace TraineeBot.Testing;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TraineeBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException(
            $"No TraineeBot.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    });

    public static string Root => RootPath.Value;
    public static string Cards => Path.Combine(Root, "cards");
    public static string Dialogs => Path.Combine(Root, "dialogs");
    public static string Manifest => Path.Combine(Root, "manifest");
    public static string NodeTools => Path.Combine(Root, "tests", "node");
}
