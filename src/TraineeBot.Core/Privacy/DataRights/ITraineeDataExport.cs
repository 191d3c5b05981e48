using System.Text.Json.Nodes;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>Everything stored about a trainee, for their right of access ("mina uppgifter" / "my data").</summary>
[TraineeBot.Core.Privacy.Access.PersonalData]
public interface ITraineeDataExport
{
    /// <summary>
    /// The trainee's data, or null when there is no such trainee, the asking user is not that trainee, or the trainee
    /// was erased (the same answer for all three).
    /// </summary>
    Task<TraineeDataExport?> ExportAsync(Guid traineeId, Guid askingUserId, CancellationToken cancellationToken);
}

/// <param name="Language">The trainee's language (the readable file is written in it).</param>
/// <param name="Sections">In the order they are shown; see <see cref="TraineeDataExport.SectionKeys"/>.</param>
public sealed record TraineeDataExport(Guid TraineeId, string Name, string Language, DateTimeOffset ExportedUtc, IReadOnlyList<ExportSection> Sections)
{
    /// <summary>Every section, in order (each has a title <c>Section.{key}</c> in <see cref="DataRightsTexts"/>).</summary>
    public static readonly IReadOnlyList<string> SectionKeys =
    [
        "user", "trainee", "consents", "conversations", "interestProfiles", "placements", "contractPeriods", "renewalDecisions",
        "checkIns", "cases", "caseMessages", "dialogRuns", "schedules", "outboxMessages", "awayPeriods", "outcomes", "auditEntries",
    ];
}

/// <summary>One kind of stored row (a table), with every row about the trainee.</summary>
public sealed record ExportSection(string Key, IReadOnlyList<ExportRow> Rows);

/// <summary>One stored row: its fields by name, in order; a value is text, a number, a flag, or stored JSON parsed.</summary>
public sealed record ExportRow(IReadOnlyList<KeyValuePair<string, JsonNode?>> Fields);
