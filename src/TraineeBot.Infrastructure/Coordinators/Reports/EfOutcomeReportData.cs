using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TraineeBot.Core.Coordinators.Reports;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.Infrastructure.Coordinators.Reports;

/// <summary>
/// The outcome report's rows from the database: the given coordinators' trainees whose last placement has ended, with
/// their latest answer to each follow-up and the support ratings from their own and their supervisors' check-ins.
/// </summary>
internal sealed class EfOutcomeReportData(TraineeBotDbContext db) : IOutcomeReportData
{
    /// <summary>The trainee's check-in answer: how much support they get (1–5).</summary>
    public const string TraineeSupportField = "support";

    /// <summary>The supervisor's check-in answer: how much support they get from the coordinator (1–5).</summary>
    public const string SupervisorSupportField = "programme-support";

    public async Task<IReadOnlyList<OutcomeReportRow>> RowsAsync(IReadOnlyCollection<Guid>? coordinatorIds, DateOnly today, CancellationToken cancellationToken)
    {
        var trainees = db.Trainees.AsNoTracking();
        if (coordinatorIds is not null)
        {
            var ids = coordinatorIds.ToList();
            trainees = trainees.Where(t => ids.Contains(t.CoordinatorId));
        }

        var people = await trainees.ToListAsync(cancellationToken);
        var traineeIds = people.Select(t => t.Id).ToList();
        var placements = (await db.Placements.AsNoTracking().Where(p => traineeIds.Contains(p.TraineeId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.TraineeId);
        var outcomes = (await db.Outcomes.AsNoTracking().Where(o => traineeIds.Contains(o.TraineeId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.TraineeId);
        var checkIns = (await db.CheckIns.AsNoTracking()
                .Where(c => traineeIds.Contains(c.TraineeId) && (c.Kind == CheckInKinds.Trainee || c.Kind == CheckInKinds.Supervisor) && c.AnswersJson != null)
                .Select(c => new { c.TraineeId, c.Kind, c.AnswersJson })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.TraineeId);

        var rows = new List<OutcomeReportRow>();
        foreach (var trainee in people)
        {
            var last = placements[trainee.Id].OrderByDescending(p => p.StartDate).FirstOrDefault();
            if (last is null || last.PhaseOn(today) != PlacementPhase.Ended)
            {
                continue; // not a former trainee (yet)
            }

            var answers = outcomes[trainee.Id];
            var own = checkIns[trainee.Id].Where(c => c.Kind == CheckInKinds.Trainee).Select(c => Rating(c.AnswersJson, TraineeSupportField));
            var supervisors = checkIns[trainee.Id].Where(c => c.Kind == CheckInKinds.Supervisor).Select(c => Rating(c.AnswersJson, SupervisorSupportField));
            rows.Add(new OutcomeReportRow(
                trainee.Id,
                trainee.Gender,
                trainee.BirthYear,
                last.Kind,
                trainee.HomeDepartment,
                last.LastDay(),
                Latest(answers, 3),
                Latest(answers, 6),
                Latest(answers, 12),
                [.. own.OfType<int>()],
                [.. supervisors.OfType<int>()]));
        }

        return rows;
    }

    private static OutcomeStatus? Latest(IEnumerable<Outcome> outcomes, int monthsAfter) =>
        outcomes.Where(o => o.MonthsAfter == monthsAfter).OrderByDescending(o => o.AnsweredUtc).Select(o => (OutcomeStatus?)o.Status).FirstOrDefault();

    /// <summary>The 1–5 rating in the answers' <paramref name="field"/> (a number, or a card's text "4"); null when absent or not 1–5.</summary>
    public static int? Rating(string? answersJson, string field)
    {
        if (string.IsNullOrEmpty(answersJson))
        {
            return null;
        }

        JsonNode? value;
        try
        {
            value = (JsonNode.Parse(answersJson) as JsonObject)?[field];
        }
        catch (JsonException)
        {
            return null;
        }

        int? rating = value switch
        {
            JsonValue v when v.TryGetValue<int>(out var n) => n,
            JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) => (int)d,
            JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        return rating is >= 1 and <= 5 ? rating : null;
    }
}
