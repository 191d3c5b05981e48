using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Registration;

public enum ImportProblemKind
{
    EmptyFile,
    NoRows,
    UnknownColumn,
    DuplicateColumn,
    MissingColumn,
    UnreadableRow,
    MissingValue,
    BadEmail,
    BadBirthYear,
    BadDate,
    UnknownKind,
    PlacementRule,
    UnknownSupervisor,
    DuplicateInFile,
    AlreadyRegistered,
}

/// <summary>
/// Why a row (or the file) is rejected. <see cref="Column"/> is the column's header as written in the file,
/// <see cref="Value"/> the offending value, <see cref="OtherRow"/> the earlier row of a duplicate, <see cref="Rule"/>
/// the placement rule that is broken (<see cref="PlacementRules"/>).
/// </summary>
public sealed record ImportProblem(ImportProblemKind Kind, string? Column = null, string? Value = null, int? OtherRow = null, ProgrammeProblem? Rule = null)
{
    /// <summary>The problem in plain words, in <paramref name="language"/> (sv or en).</summary>
    public string Describe(string language) => Kind switch
    {
        ImportProblemKind.PlacementRule when Rule is not null => Rule.Describe(language),
        ImportProblemKind.DuplicateInFile => ImportTexts.Get(language, "DuplicateInFile", Value, OtherRow),
        _ => ImportTexts.Get(language, Kind.ToString(), Column, Value),
    };
}
