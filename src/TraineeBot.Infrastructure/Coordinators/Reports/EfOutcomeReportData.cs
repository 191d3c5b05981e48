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
/// The caseload is a subquery on <c>Trainees.CoordinatorId</c> (no list of trainee ids is sent), only the columns the
/// rows need are read, and SQLite extracts each check-in's one rating field (<see cref="RatingSql"/>) instead of every
/// <c>AnswersJson</c> being loaded and parsed here (docs/performance.md).
/// </summary>
internal sealed class EfOutcomeReportData(TraineeBotDbContext db) : IOutcomeReportData
{
    /// <summary>The trainee's check-in answer: how much support they get (1–5).</summary>
    public const string TraineeSupportField = "support";

    /// <summary>The supervisor's check-in answer: how much support they get from the coordinator (1–5).</summary>
    public const string SupervisorSupportField = "programme-support";

    /// <summary>
    /// Each answered trainee or supervisor check-in's rating field as a JSON fragment (<c>-&gt;</c>: 4, "4", 4.0…; null
    /// when absent), read by <see cref="RatingOfFragment"/> with the same rules as <see cref="Rating"/>. Answers that are
    /// not valid JSON give null (as <see cref="Rating"/> does) instead of failing the statement.
    /// </summary>
    private const string RatingSql =
        $"""
        SELECT "c"."TraineeId", "c"."Kind",
               CASE WHEN json_valid("c"."AnswersJson")
                    THEN "c"."AnswersJson" -> (CASE "c"."Kind" WHEN '{CheckInKinds.Trainee}' THEN '$.{TraineeSupportField}' ELSE '$."{SupervisorSupportField}"' END)
               END AS "Value"
        FROM "CheckIns" AS "c"
        WHERE "c"."Kind" IN ('{CheckInKinds.Trainee}', '{CheckInKinds.Supervisor}') AND "c"."AnswersJson" IS NOT NULL
        """;

    public async Task<IReadOnlyList<OutcomeReportRow>> RowsAsync(IReadOnlyCollection<Guid>? coordinatorIds, DateOnly today, CancellationToken cancellationToken)
    {
        var trainees = db.Trainees.AsNoTracking();
        var placementsQuery = db.Placements.AsNoTracking();
        var outcomesQuery = db.Outcomes.AsNoTracking();
        var ratingsQuery = db.Database.SqlQueryRaw<RatingRow>(RatingSql);
        if (coordinatorIds is not null)
        {
            var ids = coordinatorIds.ToList();
            trainees = trainees.Where(t => ids.Contains(t.CoordinatorId));
            var traineeIds = trainees.Select(t => t.Id);
            placementsQuery = placementsQuery.Where(p => traineeIds.Contains(p.TraineeId));
            outcomesQuery = outcomesQuery.Where(o => traineeIds.Contains(o.TraineeId));
            ratingsQuery = ratingsQuery.Where(r => traineeIds.Contains(r.TraineeId));
        }

        var people = await trainees.Select(t => new { t.Id, t.Gender, t.BirthYear, t.HomeDepartment }).ToListAsync(cancellationToken);
        var placements = (await placementsQuery
                .Select(p => new Placement { Id = p.Id, TraineeId = p.TraineeId, Kind = p.Kind, StartDate = p.StartDate, EndDate = p.EndDate, InterruptedUtc = p.InterruptedUtc })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.TraineeId);
        var outcomes = (await outcomesQuery.ToListAsync(cancellationToken)).ToLookup(o => o.TraineeId);
        var ratings = (await ratingsQuery.ToListAsync(cancellationToken)).ToLookup(r => r.TraineeId);

        var rows = new List<OutcomeReportRow>();
        foreach (var trainee in people)
        {
            var last = placements[trainee.Id].OrderByDescending(p => p.StartDate).FirstOrDefault();
            if (last is null || last.PhaseOn(today) != PlacementPhase.Ended)
            {
                continue; // not a former trainee (yet)
            }

            var answers = outcomes[trainee.Id];
            var own = ratings[trainee.Id].Where(r => r.Kind == CheckInKinds.Trainee).Select(r => RatingOfFragment(r.Value));
            var supervisors = ratings[trainee.Id].Where(r => r.Kind == CheckInKinds.Supervisor).Select(r => RatingOfFragment(r.Value));
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

        return RatingOf(value);
    }

    /// <summary>
    /// <see cref="Rating"/> of one field's value given as JSON text (SQLite's <c>-&gt;</c>): the common 5 and "5" without
    /// parsing, anything else parsed.
    /// </summary>
    internal static int? RatingOfFragment(string? valueJson)
    {
        switch (valueJson)
        {
            case null or "":
                return null;
            case [>= '1' and <= '5']:
                return valueJson[0] - '0';
            case ['"', >= '1' and <= '5', '"']:
                return valueJson[1] - '0';
        }

        try
        {
            return RatingOf(JsonNode.Parse(valueJson));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? RatingOf(JsonNode? value)
    {
        int? rating = value switch
        {
            JsonValue v when v.TryGetValue<int>(out var n) => n,
            JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) => (int)d,
            JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        return rating is >= 1 and <= 5 ? rating : null;
    }

    /// <summary>One row of <see cref="RatingSql"/>.</summary>
    private sealed class RatingRow
    {
        public Guid TraineeId { get; init; }

        public required string Kind { get; init; }

        public string? Value { get; init; }
    }
}
