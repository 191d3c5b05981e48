using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Scheduling;
using TraineeBot.Core.Users;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Bench;

/// <summary>What <see cref="CaseloadData.GenerateAsync"/> wrote: the coordinators (each with their trainees) and the counts.</summary>
internal sealed record CaseloadFixture(IReadOnlyList<Coordinator> Coordinators, IReadOnlyList<Trainee> Trainees, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// A large, plausible caseload written straight through <see cref="TraineeBotDbContext"/> in batches (IProgramme would
/// take minutes for 10,000 trainees): users, coordinators, workplaces and supervisors, trainees spread evenly over the
/// coordinators, placements (ended, running, planned; some interrupted; some trainees on their second) with their
/// three-month contract periods, trainee and supervisor check-ins (mostly answered, the latest sometimes open or
/// unanswered), open and resolved cases, follow-up answers of former trainees, and the schedules IProgramme starts.
/// Deterministic (seeded) relative to <paramref name="today"/>.
/// </summary>
internal static class CaseloadData
{
    private const int BatchSize = 5_000;
    private static readonly string[] Departments = ["Förskoleförvaltningen", "Socialförvaltningen", "Kultur och fritid", "Miljöförvaltningen", "Vård och omsorg", "Tekniska kontoret"];
    private static readonly string[] Genders = ["kvinna", "man", "icke-binär", "Kvinna", "", "vill inte säga"];

    public static async Task<CaseloadFixture> GenerateAsync(
        Func<TraineeBotDbContext> open, int coordinatorCount, int traineeCount, int checkInCount, DateOnly today, CancellationToken cancellationToken)
    {
        var faker = new Faker("sv") { Random = new Randomizer(8) };
        var random = faker.Random;
        var now = Utc(today, new TimeOnly(9, 0));
        var writer = new BatchWriter(open);
        var users = new List<User>();
        User NewUser(string name, UserRole role)
        {
            var user = new User
            {
                Id = Guid.CreateVersion7(),
                AadObjectId = Guid.NewGuid().ToString(),
                ChannelUserId = $"29:{Guid.NewGuid():N}",
                Name = name,
                Language = random.Bool(0.85f) ? "sv" : "en",
                Role = role,
                CreatedUtc = now.AddYears(-2),
                LastSeenUtc = now.AddDays(-random.Int(0, 30)),
            };
            users.Add(user);
            return user;
        }

        var coordinators = Enumerable.Range(0, coordinatorCount).Select(_ =>
        {
            var name = faker.Name.FullName();
            return new Coordinator { Id = Guid.CreateVersion7(), UserId = NewUser(name, UserRole.Coordinator).Id, Name = name, Email = faker.Internet.Email(name), Phone = faker.Phone.PhoneNumber("08-### ## ##"), CreatedUtc = now.AddYears(-2) };
        }).ToList();
        var workplaces = Enumerable.Range(0, Math.Max(1, traineeCount / 30)).Select(_ => new Workplace
        {
            Id = Guid.CreateVersion7(), Name = faker.Company.CompanyName(), Organisation = random.ArrayElement(Departments), Address = faker.Address.StreetAddress(), CreatedUtc = now.AddYears(-2),
        }).ToList();
        var supervisors = Enumerable.Range(0, workplaces.Count * 2).Select(i =>
        {
            var name = faker.Name.FullName();
            return new Supervisor { Id = Guid.CreateVersion7(), UserId = NewUser(name, UserRole.Supervisor).Id, Name = name, Email = faker.Internet.Email(name), WorkplaceId = workplaces[i / 2].Id, CreatedUtc = now.AddYears(-2) };
        }).ToList();
        var trainees = Enumerable.Range(0, traineeCount).Select(i =>
        {
            var name = faker.Name.FullName();
            return new Trainee
            {
                Id = Guid.CreateVersion7(), UserId = NewUser(name, UserRole.Trainee).Id, Name = name, Email = random.Bool(0.5f) ? faker.Internet.Email(name) : null,
                BirthYear = random.Bool(0.9f) ? random.Int(1960, 2007) : null, Gender = random.ArrayElement(Genders), HomeDepartment = random.ArrayElement(Departments),
                CoordinatorId = coordinators[i % coordinatorCount].Id, CreatedUtc = now.AddYears(-2),
            };
        }).ToList();

        await writer.AddAsync(users, cancellationToken);
        await writer.AddAsync(coordinators, cancellationToken);
        await writer.AddAsync(workplaces, cancellationToken);
        await writer.AddAsync(supervisors, cancellationToken);
        await writer.AddAsync(trainees, cancellationToken);

        // Placements: the current (or last) one starts between two years ago and a month ahead; one in six trainees had an earlier one.
        var placements = new List<Placement>();
        var latest = new Dictionary<Guid, Placement>();
        foreach (var trainee in trainees)
        {
            var kind = random.Bool(0.7f) ? PlacementKind.Internal : PlacementKind.External;
            var start = today.AddDays(-random.Int(-30, 730));
            var placement = NewPlacement(trainee, kind, start, random.Int(3, PlacementRules.MaxMonths(kind)));
            if (random.Bool(1 / 6f))
            {
                var before = NewPlacement(trainee, PlacementKind.External, start.AddMonths(-6), 5);
                before.EndDate = start.AddDays(-30);
                before.ContractPeriods = Periods(before);
                placements.Add(before);
            }

            placements.Add(placement);
            latest[trainee.Id] = placement;
        }

        Placement NewPlacement(Trainee trainee, PlacementKind kind, DateOnly start, int months)
        {
            var supervisor = random.ListItem(supervisors);
            var placement = new Placement
            {
                Id = Guid.CreateVersion7(), TraineeId = trainee.Id, WorkplaceId = supervisor.WorkplaceId, SupervisorId = supervisor.Id, Kind = kind,
                Role = faker.Name.JobTitle(), StartDate = start, EndDate = start.AddMonths(months).AddDays(-1), StartTime = new TimeOnly(8, 0),
                ContractSigned = true, CreatedUtc = Utc(start.AddDays(-14), new TimeOnly(10, 0)),
            };
            if (random.Bool(0.04f) && placement.StartDate < today)
            {
                placement.InterruptedUtc = Utc(start.AddDays(random.Int(10, 80)), new TimeOnly(12, 0));
                placement.InterruptionReason = "Avbrott";
            }

            placement.ContractPeriods = Periods(placement);
            return placement;
        }

        await writer.AddAsync(placements, cancellationToken);

        // Check-ins: every trainee the same number, every other week back from today (or their last placement's end);
        // one in four is the supervisor's card about the trainee.
        var checkIns = new List<CheckIn>(checkInCount);
        var perTrainee = Math.Max(1, checkInCount / traineeCount);
        var supervisorUser = supervisors.ToDictionary(s => s.Id, s => s.UserId);
        foreach (var trainee in trainees)
        {
            var placement = latest[trainee.Id];
            var last = placement.LastDay() < today ? placement.LastDay() : today;
            for (var n = 0; n < perTrainee; n++)
            {
                var supervisorCard = n % 4 == 3;
                var back = supervisorCard ? 28 * (n / 4) : 1 + (14 * (n - (n / 4))); // trainee's every other week, supervisor's every fourth
                var due = Utc(last.AddDays(-back), new TimeOnly(9, 0));
                var checkIn = new CheckIn
                {
                    Id = Guid.CreateVersion7(),
                    Kind = supervisorCard ? CheckInKinds.Supervisor : CheckInKinds.Trainee,
                    TraineeId = trainee.Id,
                    PlacementId = placement.Id,
                    RespondentUserId = supervisorCard ? supervisorUser[placement.SupervisorId] : trainee.UserId,
                    OccurrenceKey = n.ToString("D3", CultureInfo.InvariantCulture),
                    DueUtc = due,
                    SentUtc = due,
                    ClosesUtc = due.AddDays(7),
                    CreatedUtc = due.AddDays(-1),
                };
                var closed = checkIn.ClosesUtc <= now;
                var roll = random.Double();
                if (!closed && roll < 0.5)
                {
                    checkIn.Status = CheckInStatus.Open; // still waiting; reminded once in half of them
                    checkIn.LastRemindedUtc = random.Bool() ? due.AddDays(2) : null;
                    checkIn.Reminders = checkIn.LastRemindedUtc is null ? 0 : 1;
                }
                else if (roll < (closed ? 0.12 : 0.6))
                {
                    checkIn.Status = CheckInStatus.Unanswered;
                    checkIn.Reminders = 2;
                    checkIn.LastRemindedUtc = due.AddDays(4);
                }
                else
                {
                    checkIn.Status = CheckInStatus.Answered;
                    checkIn.AnsweredUtc = due.AddHours(random.Int(1, 72));
                    checkIn.AnswerRevision = 1;
                    if (supervisorCard)
                    {
                        checkIn.AnswersJson = $$"""{"attendance":"{{random.Int(1, 5)}}","programme-support":"{{random.Int(1, 5)}}","comment":"{{faker.Lorem.Sentence()}}"}""";
                    }
                    else
                    {
                        var mood = random.WeightedRandom([1, 2, 3, 4, 5], [0.04f, 0.1f, 0.26f, 0.35f, 0.25f]);
                        checkIn.AnswersJson = $$"""{"mood":{{mood}},"support":{{random.Int(1, 5)}},"workload":{{random.Int(1, 5)}},"comment":"{{faker.Lorem.Sentence()}}"}""";
                        checkIn.Flagged = mood == 1;
                        checkIn.FlagReasons = checkIn.Flagged ? "mood" : null;
                    }
                }

                checkIns.Add(checkIn);
            }
        }

        await writer.AddAsync(checkIns, cancellationToken);

        // Cases: about one trainee in seven has an open one (a red flag on a flagged check-in, or a help request,
        // question or absence); as many again resolved.
        var cases = new List<Case>();
        var flagged = checkIns.Where(c => c.Flagged).GroupBy(c => c.TraineeId).ToDictionary(g => g.Key, g => g.First());
        foreach (var trainee in trainees)
        {
            foreach (var isOpen in new[] { random.Bool(0.14f), random.Bool(0.14f) ? false : (bool?)null })
            {
                if (isOpen is null)
                {
                    continue;
                }

                var kind = random.WeightedRandom([CaseKind.HelpRequest, CaseKind.Question, CaseKind.RedFlag, CaseKind.Absence], [0.4f, 0.3f, 0.2f, 0.1f]);
                var opened = now.AddDays(-random.Int(0, 60)).AddMinutes(-random.Int(0, 600));
                var item = new Case
                {
                    Id = Guid.CreateVersion7(), Kind = kind, Status = isOpen.Value ? CaseStatus.Open : CaseStatus.Resolved, TraineeId = trainee.Id,
                    CoordinatorId = trainee.CoordinatorId, OpenedUtc = opened, FirstResponseUtc = random.Bool() ? opened.AddHours(2) : null,
                    CheckInId = kind == CaseKind.RedFlag && flagged.TryGetValue(trainee.Id, out var reason) ? reason.Id : null,
                    ResolvedUtc = isOpen.Value ? null : opened.AddDays(1),
                };
                item.Messages.Add(new CaseMessage { Id = Guid.CreateVersion7(), CaseId = item.Id, Author = CaseAuthor.Trainee, AuthorUserId = trainee.UserId, Text = faker.Lorem.Sentence(), CreatedUtc = opened });
                cases.Add(item);
            }
        }

        await writer.AddAsync(cases, cancellationToken);

        // Follow-ups of former trainees at 3, 6 and 12 months after their last day, answered by most.
        var outcomes = new List<Outcome>();
        foreach (var placement in latest.Values.Where(p => p.PhaseOn(today) == PlacementPhase.Ended))
        {
            foreach (var months in new[] { 3, 6, 12 })
            {
                var asked = placement.LastDay().AddMonths(months);
                if (asked < today && random.Bool(0.7f))
                {
                    outcomes.Add(new Outcome
                    {
                        Id = Guid.CreateVersion7(), TraineeId = placement.TraineeId, MonthsAfter = months, Status = random.Enum<OutcomeStatus>(),
                        Certainty = random.Int(1, 5), MayAskAgain = random.Bool(), AnsweredUtc = Utc(asked.AddDays(random.Int(0, 10)), new TimeOnly(10, 0)),
                    });
                }
            }
        }

        await writer.AddAsync(outcomes, cancellationToken);

        // Schedules as IProgramme starts them for a placement: the trainee's check-ins and after-programme follow-up,
        // the supervisor's check-in about the trainee; active until the placement's end.
        var schedules = new List<Schedule>();
        foreach (var trainee in trainees)
        {
            var placement = latest[trainee.Id];
            var anchors = PlacementAnchors.Of(placement).ToJson();
            var running = placement.PhaseOn(today) != PlacementPhase.Ended;
            var nextDue = running ? today.AddDays(random.Int(0, 13)) : (DateOnly?)null;
            var supervisorsUser = supervisorUser[placement.SupervisorId];
            schedules.Add(NewSchedule(EfProgrammeSchedules.TraineeCheckIn, trainee.UserId, trainee.UserId, null, anchors, running, nextDue));
            schedules.Add(NewSchedule(EfProgrammeSchedules.AfterProgramme, trainee.UserId, trainee.UserId, null, anchors, true,
                placement.LastDay().AddMonths(placement.LastDay() < today ? 12 : 3)));
            schedules.Add(NewSchedule(CheckInKinds.Supervisor, supervisorsUser, trainee.UserId, coordinators.First(c => c.Id == trainee.CoordinatorId).UserId, anchors, running,
                running ? today.AddDays(random.Int(0, 27)) : null));
        }

        Schedule NewSchedule(string definition, Guid recipient, Guid subject, Guid? notify, string anchors, bool active, DateOnly? next) => new()
        {
            Id = Guid.CreateVersion7(), DefinitionId = definition, RecipientUserId = recipient, SubjectUserId = subject, NotifyUserId = notify, AnchorsJson = anchors,
            Status = active ? ScheduleStatus.Active : ScheduleStatus.Ended, NextNominalDate = next,
            NextOccurrenceKey = next?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NextDueUtc = next is { } date ? Utc(date, new TimeOnly(9, 0)) : null, CreatedUtc = now.AddYears(-1), UpdatedUtc = now, Revision = 1,
        };

        await writer.AddAsync(schedules, cancellationToken);

        return new CaseloadFixture(coordinators, trainees, writer.Counts);
    }

    private static DateTimeOffset Utc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, StockholmTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Three-month periods counted from the start, the last one cut at the end (as PlacementRules does).</summary>
    private static List<ContractPeriod> Periods(Placement placement)
    {
        var periods = new List<ContractPeriod>();
        var start = placement.StartDate;
        for (var n = 1; start <= placement.EndDate; n++)
        {
            var end = placement.StartDate.AddMonths(PlacementRules.DefaultPeriodMonths * n).AddDays(-1);
            end = end > placement.EndDate ? placement.EndDate : end;
            periods.Add(new ContractPeriod { Id = Guid.CreateVersion7(), PlacementId = placement.Id, StartDate = start, EndDate = end });
            start = end.AddDays(1);
        }

        return periods;
    }

    /// <summary>The schedule definitions' ids (as EfProgramme names them).</summary>
    private static class EfProgrammeSchedules
    {
        public const string TraineeCheckIn = CheckInKinds.Trainee;
        public const string AfterProgramme = CheckInKinds.AfterProgramme;
    }

    /// <summary>AddRange + SaveChanges in batches, each in a fresh context without change detection.</summary>
    private sealed class BatchWriter(Func<TraineeBotDbContext> open)
    {
        public Dictionary<string, int> Counts { get; } = [];

        public async Task AddAsync<T>(IReadOnlyList<T> entities, CancellationToken cancellationToken)
            where T : class
        {
            for (var offset = 0; offset < entities.Count; offset += BatchSize)
            {
                await using var db = open();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Set<T>().AddRange(entities.Skip(offset).Take(BatchSize));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            Counts[typeof(T).Name] = entities.Count;
        }
    }
}
