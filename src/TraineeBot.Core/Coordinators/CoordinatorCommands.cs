using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Coordinators;

/// <summary>
/// Example commands a coordinator can give (register, import, openings, suggestions), shown with the example questions
/// when a message was not understood (<c>CoordinatorCommands.resx</c> Swedish, <c>CoordinatorCommands.en.resx</c>
/// English; <c>docs/coordinators/asking.md</c>). Each is handled by its own feature, not by the question grammar.
/// </summary>
public static class CoordinatorCommands
{
    /// <summary>The keys in the order they are shown.</summary>
    internal static readonly string[] Keys = ["Register", "Import", "Openings", "NewOpening", "Suggestions", "AuditLog"];

    private static readonly TextResources Resources = new(typeof(CoordinatorCommands), "TraineeBot.Core.Coordinators.CoordinatorCommands");

    /// <summary>The title of the list in <paramref name="language"/>.</summary>
    public static string Title(string language) => Resources.Get(language, "Title");

    /// <summary>The example commands in <paramref name="language"/> (sv or en), in a fixed order.</summary>
    public static IReadOnlyList<string> Examples(string language) => [.. Keys.Select(key => Resources.Get(language, key))];
}
