using System.Text;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// What an import did or would do: the rows it accepts and every problem it found. <see cref="Written"/> is true only
/// when every row was valid, it was not a dry run, and everything was stored.
/// </summary>
public sealed record ImportReport(IReadOnlyList<ImportedRow> Accepted, IReadOnlyList<RejectedRow> Rejected, bool DryRun, bool Written)
{
    /// <summary>The registered trainees' ids, in the order of <see cref="Accepted"/>; empty unless <see cref="Written"/>.</summary>
    public IReadOnlyList<Guid> TraineeIds { get; init; } = [];

    public bool IsValid => Rejected.Count == 0 && Accepted.Count > 0;

    /// <summary>Workplaces the import creates (names, as first written in the file).</summary>
    public IReadOnlyList<string> NewWorkplaces =>
        Accepted.Where(r => r.Placement is { WorkplaceId: null }).Select(r => r.Placement!.Workplace)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Supervisors the import creates (names).</summary>
    public IReadOnlyList<string> NewSupervisors =>
        Accepted.Where(r => r.Placement is { SupervisorId: null }).Select(r => r.Placement!)
            .DistinctBy(p => (p.Workplace.ToUpperInvariant(), ImportValidator.SupervisorKey(p.SupervisorName, p.SupervisorEmail)))
            .Select(p => p.SupervisorName!).ToList();

    /// <summary>The report as the coordinator reads it, in <paramref name="language"/>.</summary>
    public string Describe(string language)
    {
        var text = new StringBuilder();
        var placements = Accepted.Count(r => r.Placement is not null);
        if (Rejected.Count > 0)
        {
            text.AppendLine(ImportTexts.Get(language, "SummaryRejected", Rejected.Select(r => r.RowNumber).Distinct().Count(), Rejected.Count));
            foreach (var row in Rejected)
            {
                text.AppendLine(row.RowNumber > 0 ? ImportTexts.Get(language, "RejectedLine", row.RowNumber, row.Reason) : $"- {row.Reason}");
            }

            return text.ToString().TrimEnd();
        }

        var key = Written ? "SummaryWritten" : DryRun ? "SummaryDryRun" : "SummaryNothing";
        text.Append(ImportTexts.Get(language, key, Accepted.Count, placements, NewWorkplaces.Count, NewSupervisors.Count));
        return text.ToString();
    }
}

/// <summary>A valid row: a trainee, and the placement when the row has one.</summary>
public sealed record ImportedRow(
    int RowNumber,
    string Name,
    string Email,
    int? BirthYear,
    string? Gender,
    string? HomeDepartment,
    string? SupportNeeds,
    ImportedPlacement? Placement);

/// <summary>
/// A row's placement. <see cref="WorkplaceId"/> and <see cref="SupervisorId"/> are set when they are already
/// registered; null means the import creates them.
/// </summary>
public sealed record ImportedPlacement(
    string Workplace,
    Guid? WorkplaceId,
    string? SupervisorName,
    string? SupervisorEmail,
    Guid? SupervisorId,
    Programme.PlacementKind Kind,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Role);

/// <summary>One problem with one row (row 1 is the header; 0 is the file as a whole).</summary>
public sealed record RejectedRow(int RowNumber, ImportProblem Problem, string Reason);
