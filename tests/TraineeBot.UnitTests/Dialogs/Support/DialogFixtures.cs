using TraineeBot.Dialogs;
using TraineeBot.Testing;

namespace TraineeBot.UnitTests.Dialogs.Support;

/// <summary>The dialog fixtures of these tests (YAML under Dialogs/Fixtures, read from the repository) and the real dialogs.</summary>
internal static class DialogFixtures
{
    /// <summary>A Tuesday.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static readonly IReadOnlySet<string> EndActions =
        new HashSet<string>(StringComparer.Ordinal) { "thank-user", "notify-coordinator", "save-answers" };

    /// <summary>
    /// The end actions the bot registers (every <see cref="Core.Dialogs.IDialogEndAction"/> in Core, read without
    /// building it), for loading the real dialogs in <c>dialogs/</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> RealEndActions = typeof(Core.Dialogs.IDialogEndAction).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(Core.Dialogs.IDialogEndAction).IsAssignableFrom(t))
        .Select(t => ((Core.Dialogs.IDialogEndAction)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t)).Name)
        .ToHashSet(StringComparer.Ordinal);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "TraineeBot.UnitTests", "Dialogs", "Fixtures");

    public static string Path_(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static DialogContext Swedish => new("sv", Today);

    public static DialogContext English => new("en", Today);

    public static DialogContext Context(string language) => new(language, Today);

    public static DialogDefinition Fixture(string file) => FromText(file, File.ReadAllText(Path_(file)));

    public static DialogDefinition FromText(string file, string yaml) =>
        DialogCatalog.Read([new DialogSource(file, yaml)], EndActions).Definitions.Single();

    public static DialogDefinitionException Problems(string file, string yaml)
    {
        try
        {
            DialogCatalog.Read([new DialogSource(file, yaml)], EndActions);
        }
        catch (DialogDefinitionException e)
        {
            return e;
        }

        throw new InvalidOperationException($"{file} loaded without problems.");
    }

    public static DialogDefinition Feedback() =>
        DialogCatalog.Load(RepositoryPaths.Dialogs, RealEndActions).Find("feedback")
            ?? throw new InvalidOperationException("No feedback dialog in dialogs/.");
}
