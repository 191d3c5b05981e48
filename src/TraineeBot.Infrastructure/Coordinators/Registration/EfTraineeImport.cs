using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Directory;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Registration;

/// <summary>
/// <see cref="ITraineeImport"/> on EF Core: reads and checks the whole file first; writes only when every row is valid,
/// through <see cref="IProgramme"/> (the same scoped <see cref="TraineeBotDbContext"/>) inside one transaction, so a
/// failure half-way leaves nothing.
/// </summary>
internal sealed partial class EfTraineeImport(
    TraineeBotDbContext db, IProgramme programme, IUserDirectory directory, IAuditLog audit, ILogger<EfTraineeImport> logger) : ITraineeImport
{
    /// <summary>The command recorded in the audit log for a CSV (pasted or sent as a file).</summary>
    internal const string CsvCommand = "import.csv";

    /// <summary>The command recorded for the registration card (a file of one row).</summary>
    internal const string CardCommand = "registration.submit";

    public Task<ImportReport> ImportAsync(string csvText, Guid coordinatorId, bool dryRun, string language, CancellationToken cancellationToken) =>
        ImportAsync(ImportCsv.Read(csvText), coordinatorId, dryRun, language, CsvCommand, cancellationToken);

    public Task<ImportReport> ImportAsync(ImportFile file, Guid coordinatorId, bool dryRun, string language, CancellationToken cancellationToken) =>
        ImportAsync(file, coordinatorId, dryRun, language, CardCommand, cancellationToken);

    private async Task<ImportReport> ImportAsync(ImportFile file, Guid coordinatorId, bool dryRun, string language, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!await db.Coordinators.AnyAsync(c => c.Id == coordinatorId, cancellationToken))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"coordinator {coordinatorId}"));
        }

        var report = ImportValidator.Validate(file, await KnownAsync(cancellationToken), language) with { DryRun = dryRun };
        if (dryRun || !report.IsValid)
        {
            LogChecked(logger, coordinatorId, report.Accepted.Count, report.Rejected.Count, dryRun);
            return report;
        }

        var directoryIds = await DirectoryIdsAsync(report.Accepted, cancellationToken);
        IReadOnlyList<Guid> traineeIds;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            traineeIds = await WriteAsync(report.Accepted, coordinatorId, directoryIds, cancellationToken);
            // One entry per trainee registered, by the coordinator whose caseload they join, in the same transaction.
            var actor = await db.Coordinators.AsNoTracking().Where(c => c.Id == coordinatorId).Select(c => c.UserId).FirstAsync(cancellationToken);
            for (var i = 0; i < traineeIds.Count; i++)
            {
                audit.Stage(new AuditEvent(actor, nameof(Core.Users.UserRole.Coordinator), AuditActions.ChangeAssignment, traineeIds[i], command,
                    Detail: report.Accepted[i].Placement is null ? "registered" : "registered with placement"));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The transaction rolls back on dispose; what the context still tracks must not be saved by a later call.
            db.ChangeTracker.Clear();
            throw;
        }

        LogImported(logger, coordinatorId, report.Accepted.Count, report.Accepted.Count(r => r.Placement is not null));
        return report with { Written = true, TraineeIds = traineeIds };
    }

    /// <summary>
    /// The Entra object ids of the people the rows name, by e-mail, when a directory is configured: then Teams knows
    /// them on their first message. Without one (or when it fails) they are recognised by e-mail when they first write.
    /// </summary>
    private async Task<Dictionary<string, string>> DirectoryIdsAsync(IReadOnlyList<ImportedRow> rows, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!directory.IsConfigured)
        {
            return ids;
        }

        var emails = rows.Select(r => r.Email).Concat(rows.Select(r => r.Placement?.SupervisorEmail).OfType<string>()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var email in emails)
        {
            try
            {
                var found = await directory.FindAsync(email, 5, cancellationToken);
                if (found.SingleOrDefault(u => string.Equals(u.Mail, email, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(u.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase)) is { } user)
                {
                    ids[email] = user.AadObjectId;
                }
            }
            catch (UserDirectoryException ex)
            {
                LogDirectoryFailed(logger, ex);
                return ids;
            }
        }

        return ids;
    }

    private async Task<IReadOnlyList<Guid>> WriteAsync(
        IReadOnlyList<ImportedRow> rows, Guid coordinatorId, Dictionary<string, string> directoryIds, CancellationToken cancellationToken)
    {
        var traineeIds = new List<Guid>(rows.Count);
        var workplaces = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var supervisors = new Dictionary<(Guid, string), Guid>();
        foreach (var row in rows)
        {
            var trainee = await programme.RegisterTraineeAsync(
                new NewTrainee(new NewPerson(row.Name, row.Email, directoryIds.GetValueOrDefault(row.Email)), coordinatorId, row.BirthYear, row.Gender, row.HomeDepartment, row.SupportNeeds),
                cancellationToken);
            traineeIds.Add(trainee.Id);
            if (row.Placement is not { } placement)
            {
                continue;
            }

            if (!workplaces.TryGetValue(placement.Workplace, out var workplaceId))
            {
                workplaceId = placement.WorkplaceId ?? (await programme.RegisterWorkplaceAsync(new NewWorkplace(placement.Workplace), cancellationToken)).Id;
                workplaces[placement.Workplace] = workplaceId;
            }

            var key = (workplaceId, ImportValidator.SupervisorKey(placement.SupervisorName, placement.SupervisorEmail));
            if (!supervisors.TryGetValue(key, out var supervisorId))
            {
                supervisorId = placement.SupervisorId
                    ?? (await programme.RegisterSupervisorAsync(new NewPerson(
                        placement.SupervisorName!, placement.SupervisorEmail, placement.SupervisorEmail is { } mail ? directoryIds.GetValueOrDefault(mail) : null), workplaceId, cancellationToken)).Id;
                supervisors[key] = supervisorId;
            }

            await programme.CreatePlacementAsync(
                new NewPlacement(trainee.Id, workplaceId, supervisorId, placement.Kind, placement.StartDate, placement.EndDate, Role: placement.Role),
                cancellationToken);
        }

        return traineeIds;
    }

    private async Task<ImportKnown> KnownAsync(CancellationToken cancellationToken)
    {
        var emails = await db.Trainees.AsNoTracking().Where(t => t.Email != null).Select(t => t.Email!).ToListAsync(cancellationToken);
        var workplaces = await db.Workplaces.AsNoTracking().OrderBy(w => w.CreatedUtc).Select(w => new { w.Id, w.Name }).ToListAsync(cancellationToken);
        var supervisors = await db.Supervisors.AsNoTracking().OrderBy(s => s.CreatedUtc).Select(s => new { s.Id, s.Name, s.Email, s.WorkplaceId }).ToListAsync(cancellationToken);
        var byWorkplace = supervisors.ToLookup(s => s.WorkplaceId);
        return new ImportKnown(
            emails.Select(e => e.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase),
            workplaces.Select(w => new KnownWorkplace(w.Id, w.Name, byWorkplace[w.Id].Select(s => new KnownSupervisor(s.Id, s.Name, s.Email)).ToList())).ToList());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import for coordinator {CoordinatorId} checked: {Accepted} rows accepted, {Problems} problems, dry run {DryRun}; nothing written")]
    private static partial void LogChecked(ILogger logger, Guid coordinatorId, int accepted, int problems, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The directory could not be asked for the imported people's Entra ids; they will be recognised by e-mail when they first write")]
    private static partial void LogDirectoryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import for coordinator {CoordinatorId} written: {Trainees} trainees, {Placements} placements")]
    private static partial void LogImported(ILogger logger, Guid coordinatorId, int trainees, int placements);
}
