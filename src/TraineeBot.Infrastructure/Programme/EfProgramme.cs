using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Programme;

/// <summary>
/// <see cref="IProgramme"/> on EF Core. A person registered here is a <see cref="User"/> known by their Entra object
/// id until they first write from Teams (then <c>EfConversationStore</c> links their Teams id to the same user).
/// </summary>
internal sealed class EfProgramme(TraineeBotDbContext db, ISchedules schedules, IEnumerable<IPlacementEvents> placementEvents, TimeProvider time) : IProgramme
{
    /// <summary>The schedules a placement starts for its trainee (the supervisor's come with the supervisor's side).</summary>
    internal static readonly string[] TraineeSchedules = ["trainee-checkin", "after-programme"];

    /// <summary>The supervisor's cards about this trainee: before each renewal, mid-period, and the certificate input.</summary>
    internal static readonly string[] SupervisorSchedules = ["supervisor-checkin", "supervisor-midpoint", "supervisor-certificate"];

    // A turn asks for the writer's journey from several features (the consent gate, help, the FAQ…): it is read once
    // per scope (a turn), and forgotten whenever this service changes the programme.
    private readonly Dictionary<Guid, TraineeJourney?> journeysByUser = [];

    public async Task<Coordinator> RegisterCoordinatorAsync(NewPerson person, Guid? backupCoordinatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (backupCoordinatorId is { } backup && !await db.Coordinators.AnyAsync(c => c.Id == backup, cancellationToken))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"coordinator {backup}"));
        }

        var now = time.GetUtcNow();
        var user = await UserForAsync(person, UserRole.Coordinator, now, cancellationToken);
        var coordinator = new Coordinator
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Name = person.Name.Trim(),
            Email = person.Email,
            Phone = person.Phone,
            BackupCoordinatorId = backupCoordinatorId,
            CreatedUtc = now,
        };
        db.Coordinators.Add(coordinator);
        await SaveAsync(cancellationToken);
        return coordinator;
    }

    public async Task SetBackupCoordinatorAsync(Guid coordinatorId, Guid? backupCoordinatorId, CancellationToken cancellationToken)
    {
        var coordinator = await db.Coordinators.FirstOrDefaultAsync(c => c.Id == coordinatorId, cancellationToken)
            ?? throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"coordinator {coordinatorId}"));
        if (backupCoordinatorId is { } backup && (backup == coordinatorId || !await db.Coordinators.AnyAsync(c => c.Id == backup, cancellationToken)))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"another coordinator {backup}"));
        }

        coordinator.BackupCoordinatorId = backupCoordinatorId;
        await SaveAsync(cancellationToken);
    }

    public async Task<Trainee> RegisterTraineeAsync(NewTrainee trainee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trainee);
        if (!await db.Coordinators.AnyAsync(c => c.Id == trainee.CoordinatorId, cancellationToken))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"coordinator {trainee.CoordinatorId}"));
        }

        var now = time.GetUtcNow();
        var user = await UserForAsync(trainee.Person, UserRole.Trainee, now, cancellationToken);
        var registered = new Trainee
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Name = trainee.Person.Name.Trim(),
            Email = trainee.Person.Email,
            BirthYear = trainee.BirthYear,
            Gender = trainee.Gender,
            HomeDepartment = trainee.HomeDepartment,
            SupportNeeds = trainee.SupportNeeds,
            CoordinatorId = trainee.CoordinatorId,
            CreatedUtc = now,
        };
        db.Trainees.Add(registered);
        await SaveAsync(cancellationToken);
        return registered;
    }

    public async Task<Workplace> RegisterWorkplaceAsync(NewWorkplace workplace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workplace);
        var now = time.GetUtcNow();
        var registered = new Workplace
        {
            Id = Guid.CreateVersion7(now),
            Name = workplace.Name.Trim(),
            Organisation = workplace.Organisation,
            Address = workplace.Address,
            CreatedUtc = now,
        };
        db.Workplaces.Add(registered);
        await SaveAsync(cancellationToken);
        return registered;
    }

    public async Task<Supervisor> RegisterSupervisorAsync(NewPerson person, Guid workplaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!await db.Workplaces.AnyAsync(w => w.Id == workplaceId, cancellationToken))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"workplace {workplaceId}"));
        }

        var now = time.GetUtcNow();
        var user = await UserForAsync(person, UserRole.Supervisor, now, cancellationToken);
        var supervisor = new Supervisor
        {
            Id = Guid.CreateVersion7(now),
            UserId = user.Id,
            Name = person.Name.Trim(),
            Email = person.Email,
            Phone = person.Phone,
            WorkplaceId = workplaceId,
            CreatedUtc = now,
        };
        db.Supervisors.Add(supervisor);
        await SaveAsync(cancellationToken);
        return supervisor;
    }

    public async Task<Placement> CreatePlacementAsync(NewPlacement placement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (PlacementRules.Check(placement) is { } problem)
        {
            throw new ProgrammeRuleException(problem);
        }

        var trainee = await db.Trainees.FirstOrDefaultAsync(t => t.Id == placement.TraineeId, cancellationToken)
            ?? throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"trainee {placement.TraineeId}"));
        if (!await db.Supervisors.AnyAsync(s => s.Id == placement.SupervisorId && s.WorkplaceId == placement.WorkplaceId, cancellationToken))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"supervisor {placement.SupervisorId} at workplace {placement.WorkplaceId}"));
        }

        var overlapping = await db.Placements.AnyAsync(p => p.TraineeId == placement.TraineeId && p.InterruptedUtc == null
            && p.StartDate <= placement.EndDate && p.EndDate >= placement.StartDate, cancellationToken);
        if (overlapping)
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.OverlapsAnotherPlacement));
        }

        var now = time.GetUtcNow();
        var created = new Placement
        {
            Id = Guid.CreateVersion7(now),
            TraineeId = placement.TraineeId,
            WorkplaceId = placement.WorkplaceId,
            SupervisorId = placement.SupervisorId,
            Kind = placement.Kind,
            Role = placement.Role,
            StartDate = placement.StartDate,
            EndDate = placement.EndDate,
            StartTime = placement.StartTime,
            MeetingAddress = placement.MeetingAddress,
            AskFor = placement.AskFor,
            Bring = placement.Bring,
            ContractSigned = placement.ContractSigned,
            CreatedUtc = now,
        };
        foreach (var (start, end) in PlacementRules.ContractPeriods(placement))
        {
            created.ContractPeriods.Add(new ContractPeriod { Id = Guid.CreateVersion7(now), PlacementId = created.Id, StartDate = start, EndDate = end });
        }

        // Joins the caller's transaction when there is one (a bulk import writes every row in one), else its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Placements.Add(created);
        await SaveAsync(cancellationToken);
        var anchors = Anchors(created);
        foreach (var definition in TraineeSchedules)
        {
            await schedules.StartAsync(new ScheduleStart(definition, trainee.UserId, anchors, SubjectUserId: trainee.UserId), cancellationToken);
        }

        var supervisorUser = await db.Supervisors.Where(s => s.Id == created.SupervisorId).Select(s => s.UserId).FirstAsync(cancellationToken);
        var coordinatorUser = await db.Coordinators.Where(c => c.Id == trainee.CoordinatorId).Select(c => (Guid?)c.UserId).FirstOrDefaultAsync(cancellationToken);
        foreach (var definition in SupervisorSchedules)
        {
            await schedules.StartAsync(
                new ScheduleStart(definition, supervisorUser, anchors, SubjectUserId: trainee.UserId, NotifyUserId: coordinatorUser), cancellationToken);
        }

        foreach (var listener in placementEvents)
        {
            await listener.PlacementCreatedAsync(created, cancellationToken);
        }

        await SaveAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return created;
    }

    internal static ScheduleAnchors Anchors(Placement placement) => PlacementAnchors.Of(placement);

    public async Task<TraineeJourney?> JourneyOfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (journeysByUser.TryGetValue(userId, out var known))
        {
            return known;
        }

        var trainee = await db.Trainees.AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        var journey = trainee is null ? null : await JourneyOfAsync(trainee, cancellationToken);
        journeysByUser[userId] = journey;
        return journey;
    }

    private Task<int> SaveAsync(CancellationToken cancellationToken)
    {
        journeysByUser.Clear();
        return db.SaveChangesAsync(cancellationToken);
    }

    public async Task<TraineeJourney?> JourneyAsync(Guid traineeId, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.AsNoTracking().FirstOrDefaultAsync(t => t.Id == traineeId, cancellationToken);
        return trainee is null ? null : await JourneyOfAsync(trainee, cancellationToken);
    }

    public Task<Coordinator?> CoordinatorOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Coordinators.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    public async Task<IReadOnlyList<Coordinator>> CoordinatorsAsync(CancellationToken cancellationToken) =>
        await db.Coordinators.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);

    public async Task HandOverAsync(Guid traineeId, Guid toCoordinatorId, CancellationToken cancellationToken)
    {
        var trainee = await db.Trainees.FirstOrDefaultAsync(t => t.Id == traineeId, cancellationToken)
            ?? throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"trainee {traineeId}"));
        var to = await db.Coordinators.AsNoTracking().FirstOrDefaultAsync(c => c.Id == toCoordinatorId, cancellationToken)
            ?? throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: $"coordinator {toCoordinatorId}"));
        var from = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == trainee.CoordinatorId, cancellationToken);
        trainee.CoordinatorId = to.Id;
        foreach (var open in await db.Cases.Where(c => c.TraineeId == traineeId && c.Status == CaseStatus.Open).ToListAsync(cancellationToken))
        {
            open.CoordinatorId = to.Id;
        }

        foreach (var schedule in await db.Schedules.Where(s => s.SubjectUserId == trainee.UserId && s.Status == ScheduleStatus.Active).ToListAsync(cancellationToken))
        {
            schedule.NotifyUserId = to.UserId;
            if (schedule.RecipientUserId == from.UserId)
            {
                // What goes to the trainee's coordinator (the renewal decision) goes to the new one.
                schedule.RecipientUserId = to.UserId;
            }
        }

        await SaveAsync(cancellationToken);
    }

    private async Task<TraineeJourney> JourneyOfAsync(Trainee trainee, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == trainee.UserId, cancellationToken);
        var coordinator = await db.Coordinators.AsNoTracking().FirstAsync(c => c.Id == trainee.CoordinatorId, cancellationToken);
        var today = StockholmTime.Today(time);
        var placements = await db.Placements.AsNoTracking().Where(p => p.TraineeId == trainee.Id).ToListAsync(cancellationToken);
        var placement = Placement.CurrentOf(placements, today);
        Workplace? workplace = null;
        Supervisor? supervisor = null;
        if (placement is not null)
        {
            workplace = await db.Workplaces.AsNoTracking().FirstAsync(w => w.Id == placement.WorkplaceId, cancellationToken);
            supervisor = await db.Supervisors.AsNoTracking().FirstAsync(s => s.Id == placement.SupervisorId, cancellationToken);
        }

        return new TraineeJourney(trainee, user, coordinator, placement, workplace, supervisor);
    }

    /// <summary>The user for a registered person: an existing one with the same Entra id, or a new one. Their role is set.</summary>
    private async Task<User> UserForAsync(NewPerson person, UserRole role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(person.Name))
        {
            throw new ProgrammeRuleException(new ProgrammeProblem(ProgrammeProblemKind.NotFound, What: "a name"));
        }

        var aad = string.IsNullOrWhiteSpace(person.AadObjectId) ? null : person.AadObjectId.Trim();
        var user = aad is null ? null : await db.Users.FirstOrDefaultAsync(u => u.AadObjectId == aad, cancellationToken);
        if (user is null)
        {
            user = new User
            {
                Id = Guid.CreateVersion7(now),
                AadObjectId = aad,
                Name = person.Name.Trim(),
                Language = person.Language == Language.English ? Language.English : Language.Swedish,
                CreatedUtc = now,
                LastSeenUtc = now,
            };
            db.Users.Add(user);
        }

        user.Role = role;
        user.Name ??= person.Name.Trim();
        return user;
    }
}
