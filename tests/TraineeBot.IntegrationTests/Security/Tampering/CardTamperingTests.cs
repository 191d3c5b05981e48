using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.IntegrationTests.Supervisors;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Security.Tampering;

/// <summary>
/// Every card action verb the bot registers, sent as Action.Execute and as Action.Submit with tampered data: another
/// trainee's ids, another occurrence, another role, a stale or already answered card, extra and missing fields, 100 kB
/// strings, wrong JSON types and ids that are not GUIDs. Each must be refused (or be an idempotent "already done"):
/// nothing written (<see cref="DatabaseFingerprint"/>), nothing of the other caseload shown, a message for the user,
/// never a 5xx and never an Error log.
/// </summary>
public sealed class CardTamperingTests(ITestOutputHelper output)
{
    private static readonly string Huge = new('x', 100 * 1024);

    /// <summary>Verbs that only show something: another's id must give an error, not a card.</summary>
    private static readonly HashSet<string> ReadVerbs = ["coordinator.trainee", "renewal.open", "matching.suggest", "registration.new"];

    [Fact]
    public async Task Every_card_action_refuses_tampered_data_writes_nothing_and_answers_the_user()
    {
        await using var world = await TamperingWorld.NewAsync();
        var specs = Specs(world);
        var registered = RegisteredVerbs(world.Bot);
        var uncovered = registered.Where(v => !specs.ContainsKey(v)).ToList();
        Assert.True(uncovered.Count == 0, $"Card action verbs without tampering cases: {string.Join(", ", uncovered)}. Add them to CardTamperingTests.Specs.");
        Assert.Empty(specs.Keys.Except(registered));

        var failures = new List<string>();
        var table = new List<(string Verb, int Cases, int Refused, int Written)>();
        var logsBefore = world.Logs.Count;
        foreach (var (verb, spec) in specs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var cases = Mutations(world, spec).ToList();
            Assert.True(cases.Count >= (spec.IdFields.Length == 0 ? 5 : 10), $"{verb}: only {cases.Count} cases");
            int refused = 0, written = 0;
            foreach (var tamper in cases)
            {
                foreach (var execute in new[] { true, false })
                {
                    var problems = await RunAsync(world, verb, tamper, execute);
                    if (problems.Written)
                    {
                        written++;
                    }

                    if (problems.Issues.Count == 0)
                    {
                        refused++;
                    }
                    else
                    {
                        failures.Add($"{verb} {(execute ? "Execute" : "Submit")} [{tamper.Name}] by {tamper.Actor.Name}: {string.Join("; ", problems.Issues)}");
                    }
                }
            }

            table.Add((verb, cases.Count * 2, refused, written));
        }

        output.WriteLine($"{"verb",-30} {"cases",6} {"refused",8} {"written",8}");
        foreach (var (verb, cases, refused, written) in table)
        {
            output.WriteLine($"{verb,-30} {cases,6} {refused,8} {written,8}");
        }

        output.WriteLine($"{"total",-30} {table.Sum(t => t.Cases),6} {table.Sum(t => t.Refused),8} {table.Sum(t => t.Written),8}");
        // An Error (or Critical) line, or a turn that failed with an exception (logged as a Warning by the turn runner).
        var errors = world.Logs.Skip(logsBefore).Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)
            || l.Contains("Turn for activity", StringComparison.Ordinal)).ToList();
        foreach (var failure in failures.Concat(errors.Select(e => "log: " + e[..Math.Min(900, e.Length)])))
        {
            output.WriteLine(failure);
        }

        Assert.Empty(failures);
        Assert.Empty(errors);
    }

    private sealed record Spec(
        TeamsUser Owner,
        JsonObject Valid,
        string[] IdFields,
        JsonObject? Other,
        JsonObject? Occurrence,
        JsonObject? Done,
        TeamsUser[] OtherRoles);

    private sealed record Tamper(string Name, TeamsUser Actor, JsonObject Data, bool OtherSubject);

    private static Dictionary<string, Spec> Specs(TamperingWorld w)
    {
        var ta = w.A.TraineeUser;
        var sa = w.A.SupervisorUser;
        var ca = w.A.CoordinatorUser;
        TeamsUser[] notTrainee = [sa, ca], notSupervisor = [ta, ca], notCoordinator = [ta, sa];
        static JsonObject Ids(params (string Key, object Value)[] values)
        {
            var data = new JsonObject();
            foreach (var (key, value) in values)
            {
                data[key] = value.ToString();
            }

            return data;
        }

        var supervisorOther = Ids(("checkInId", w.SupervisorCheckInB));
        var supervisorClosed = Ids(("checkInId", w.SupervisorCheckInAClosed));
        JsonObject Renewal(Guid placement, Guid period, params (string, object)[] extra) => Ids([("placementId", placement), ("periodId", period), .. extra]);
        Spec RenewalSpec(params (string, object)[] extra) => new(ca, Renewal(w.A.Placement!.Id, w.PeriodA1, extra), ["placementId", "periodId"],
            Renewal(w.B.Placement!.Id, w.PeriodB, extra), Renewal(w.A.Placement!.Id, w.PeriodB, extra), Renewal(w.A2Placement, w.A2Period, extra), notCoordinator);

        return new Dictionary<string, Spec>(StringComparer.Ordinal)
        {
            ["consent.give"] = new(ta, [], [], null, null, [], notTrainee),
            ["consent.refuse"] = new(w.A2User, [], [], null, null, [], notTrainee),
            ["checkin.continue"] = new(ta, Ids(("checkInId", w.TraineeCheckInAOpen)), ["checkInId"], Ids(("checkInId", w.TraineeCheckInB)),
                Ids(("checkInId", w.SupervisorCheckInA)), Ids(("checkInId", w.TraineeCheckInAAnswered)), notTrainee),
            ["start.arrived"] = new(ta, Ids(("placementId", w.A.Placement!.Id)), ["placementId"], Ids(("placementId", w.B.Placement!.Id)),
                Ids(("placementId", w.A2Placement)), Ids(("placementId", w.A.Placement!.Id)), notTrainee),
            ["start.cannot-come"] = new(ta, Ids(("placementId", w.A.Placement!.Id)), ["placementId"], Ids(("placementId", w.B.Placement!.Id)),
                Ids(("placementId", w.A2Placement)), Ids(("placementId", w.A.Placement!.Id)), notTrainee),
            ["supervisor.submit"] = new(sa, SupervisorBed.Answer(w.SupervisorCheckInAOpen), ["checkInId"], SupervisorBed.Answer(w.SupervisorCheckInB),
                SupervisorBed.Answer(w.SupervisorCheckInAClosed), SupervisorBed.Answer(w.SupervisorCheckInA, ("attendance", "1")), notSupervisor),
            ["supervisor.edit"] = new(sa, Ids(("checkInId", w.SupervisorCheckInA)), ["checkInId"], supervisorOther, supervisorClosed, Ids(("checkInId", w.SupervisorCheckInA)), notSupervisor),
            ["supervisor.refresh"] = new(sa, Ids(("checkInId", w.SupervisorCheckInA)), ["checkInId"], supervisorOther, supervisorClosed, Ids(("checkInId", w.SupervisorCheckInA)), notSupervisor),
            ["supervisor.later"] = new(sa, Ids(("checkInId", w.SupervisorCheckInAOpen), ("remindOn", w.LaterDate)), ["checkInId"],
                Ids(("checkInId", w.SupervisorCheckInB), ("remindOn", w.LaterDate)), Ids(("checkInId", w.SupervisorCheckInAClosed), ("remindOn", w.LaterDate)),
                Ids(("checkInId", w.SupervisorCheckInAOpen), ("remindOn", w.LaterDate)), notSupervisor),
            ["supervisor-flag.call-planned"] = new(ca, Ids(("caseId", w.FlagA)), ["caseId"], Ids(("caseId", w.FlagB)), Ids(("caseId", w.HelpA)), Ids(("caseId", w.FlagA)), notCoordinator),
            ["supervisor-flag.handled"] = new(ca, Ids(("caseId", w.FlagA)), ["caseId"], Ids(("caseId", w.FlagB)), Ids(("caseId", w.HelpA)), Ids(("caseId", w.FlagA)), notCoordinator),
            ["case.reply"] = new(ca, Ids(("caseId", w.HelpA), ("reply", "Hej")), ["caseId"], Ids(("caseId", w.HelpB), ("reply", "Hej")),
                Ids(("caseId", w.FlagA), ("reply", "Hej")), Ids(("caseId", w.HelpA), ("reply", "Hej")), notCoordinator),
            ["case.resolve"] = new(ca, Ids(("caseId", w.HelpA)), ["caseId"], Ids(("caseId", w.HelpB)), Ids(("caseId", w.FlagB)), Ids(("caseId", w.HelpA)), notCoordinator),
            ["coordinator.trainee"] = new(ca, Ids(("traineeId", w.A.Trainee.Id)), ["traineeId"], Ids(("traineeId", w.B.Trainee.Id)), null, Ids(("traineeId", w.A.Trainee.Id)), notCoordinator),
            ["coordinator.hand-over"] = new(ca, Ids(("traineeId", w.A.Trainee.Id), ("coordinatorId", w.B.Coordinator.Id)), ["traineeId", "coordinatorId"],
                Ids(("traineeId", w.B.Trainee.Id), ("coordinatorId", w.A.Coordinator.Id)), Ids(("traineeId", w.A.Trainee.Id), ("coordinatorId", w.A.Coordinator.Id)), null, notCoordinator),
            ["renewal.open"] = new(ca, Ids(("traineeId", w.A.Trainee.Id)), ["traineeId"], Ids(("traineeId", w.B.Trainee.Id)), null, Ids(("traineeId", w.A.Trainee.Id)), notCoordinator),
            ["renewal.renew"] = RenewalSpec(("renewMonths", 3)),
            ["renewal.wage-phase"] = RenewalSpec(("months", 3), ("wagePhase", "Steg 2")),
            ["renewal.end"] = RenewalSpec(),
            ["renewal.interrupt"] = RenewalSpec(("reason", "Flyttar")),
            ["matching.suggest"] = new(ca, Ids(("openingId", w.OpeningA)), ["openingId"], Ids(("openingId", w.OpeningB)), Ids(("openingId", w.OpeningAWithdrawn)), Ids(("openingId", w.OpeningA)), notCoordinator),
            ["matching.withdraw"] = new(ca, Ids(("openingId", w.OpeningA)), ["openingId"], Ids(("openingId", w.OpeningB)), null, Ids(("openingId", w.OpeningAWithdrawn)), notCoordinator),
            ["registration.submit"] = new(ca, TamperingWorld.Registered, ["name", "email"], null, null, TamperingWorld.Registered, notCoordinator),
            ["registration.new"] = new(ca, [], [], null, null, [], notCoordinator),
            ["audit.log"] = new(ca, Ids(("traineeId", w.A.Trainee.Id)), ["traineeId"], Ids(("traineeId", w.B.Trainee.Id)), null, Ids(("traineeId", w.A.Trainee.Id)), notCoordinator),
            // Erasure takes no id: it is always of the sender. The "owner" here is someone it cannot apply to (a
            // coordinator), so every mutation — B's trainee id added as an extra field included — must erase no one.
            ["data.erase.confirm"] = new(ca, [], [], null, null, [], [sa]),
            ["data.erase.cancel"] = new(ta, [], [], null, null, [], notTrainee),
        };
    }

    /// <summary>
    /// The generated cases. Broken ids are put into the valid data of the owner's own (actionable) subject, so the
    /// refusal is due to the break; extra fields go onto an already-done card (or the valid data of a read-only verb),
    /// so the only way to write is to follow the extra ids.
    /// </summary>
    private static IEnumerable<Tamper> Mutations(TamperingWorld w, Spec spec)
    {
        var owner = spec.Owner;
        if (spec.Other is { } other)
        {
            yield return new("another trainee's ids", owner, other, true);
        }

        if (spec.Occurrence is { } occurrence)
        {
            yield return new("another occurrence", owner, occurrence, false);
        }

        foreach (var role in spec.OtherRoles)
        {
            yield return new("another role", role, spec.Valid, false);
            if (spec.Other is { } otherToo)
            {
                yield return new("another role, another trainee", role, otherToo, true);
            }
        }

        if (spec.Done is { } done)
        {
            yield return new("replay of an answered/stale card", owner, done, false);
        }

        var extraBase = spec.Done ?? spec.Other ?? spec.Valid;
        var extra = Clone(extraBase);
        extra["unknownKey"] = "x";
        extra["__proto__"] = new JsonObject { ["admin"] = true };
        foreach (var key in new[] { "traineeId", "TraineeId", "coordinatorId", "userId", "checkInId", "caseId", "placementId", "openingId" })
        {
            extra.TryAdd(key, key.Contains("rainee", StringComparison.Ordinal) ? w.B.Trainee.Id.ToString() : w.B.Coordinator.Id.ToString());
        }

        yield return new("extra fields", owner, extra, false);
        var huge = Clone(extraBase);
        huge["note"] = Huge;
        yield return new("huge unknown field", owner, huge, false);
        if (spec.IdFields.Length == 0)
        {
            // Nothing in the data is read: the same button with every key's value of the wrong type.
            yield return new("wrong types everywhere", owner, new JsonObject { ["verb"] = 5, ["data"] = new JsonArray(1, 2) }, false);
            yield break;
        }

        var idBase = spec.IdFields.Contains("name") ? spec.Done! : spec.Valid;
        foreach (var field in spec.IdFields)
        {
            var mutations = new (string Name, JsonNode? Value, bool Remove)[]
            {
                ("missing " + field, null, true),
                ("null " + field, null, false),
                ("huge " + field, Huge, false),
                ("huge GUID-prefixed " + field, (idBase[field]?.ToString() ?? string.Empty) + Huge, false),
                ("number " + field, 12345, false),
                ("array " + field, new JsonArray(idBase[field]?.ToString()), false),
                ("object " + field, new JsonObject { ["id"] = idBase[field]?.ToString() }, false),
                ("bool " + field, true, false),
                ("not a GUID " + field, "not-a-guid", false),
                ("SQL " + field, "' OR 1=1 --", false),
                ("empty GUID " + field, Guid.Empty.ToString(), false),
                ("unknown GUID " + field, Guid.NewGuid().ToString(), false),
            };
            foreach (var (name, value, remove) in mutations)
            {
                var data = Clone(idBase);
                if (remove)
                {
                    data.Remove(field);
                }
                else
                {
                    data[field] = value?.DeepClone();
                }

                yield return new(name, owner, data, false);
            }
        }
    }

    private sealed record Outcome(bool Written, List<string> Issues);

    private static async Task<Outcome> RunAsync(TamperingWorld world, string verb, Tamper tamper, bool execute)
    {
        var issues = new List<string>();
        var before = await DatabaseFingerprint.TakeAsync(world.Bot);
        var sentBefore = world.Bot.Connector.Requests.Count;
        Activity activity;
        if (execute)
        {
            activity = Activities.CardAction(tamper.Actor, verb, Clone(tamper.Data));
        }
        else
        {
            activity = Activities.Message(tamper.Actor, string.Empty);
            var value = Clone(tamper.Data);
            value["verb"] = verb;
            activity.Value = value;
            activity.ReplyToId = "1:card";
        }

        var response = await world.PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        var sent = world.Bot.Connector.Requests.Skip(sentBefore).Select(r => r.Activity).OfType<Activity>().ToList();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            issues.Add($"HTTP {(int)response.StatusCode}");
        }

        var said = string.Join("\n", sent.Select(a => (a.Text ?? string.Empty) + string.Join(" ", a.Attachments?.Select(at => at.Content?.ToJsonString()) ?? [])));
        var shown = body + "\n" + said;
        var statusCode = 200;
        string? kind = null;
        if (execute && body.Length > 0)
        {
            var invoke = JsonNode.Parse(body)!.AsObject();
            statusCode = invoke["statusCode"]?.GetValue<int>() ?? 200;
            kind = invoke["type"]?.GetValue<string>();
            var message = invoke["value"] switch
            {
                JsonValue v when v.TryGetValue<string>(out var text) => text,
                JsonObject o when o["message"] is JsonValue m => m.ToString(),
                JsonObject o => o.ToJsonString(),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(message) && string.IsNullOrWhiteSpace(said))
            {
                issues.Add("no message for the user");
            }
        }
        else if (string.IsNullOrWhiteSpace(said))
        {
            issues.Add("no reply to the submit");
        }

        if (statusCode >= 500)
        {
            issues.Add($"invoke statusCode {statusCode}");
        }

        if (shown.Contains(TamperingWorld.VictimName, StringComparison.Ordinal))
        {
            issues.Add("shows the other caseload's trainee");
        }

        if (execute && ReadVerbs.Contains(verb) && (tamper.OtherSubject || tamper.Actor != SpecOwner(world, verb)) && statusCode < 400)
        {
            issues.Add($"read verb answered {statusCode} {kind}");
        }

        var changes = before.Changes(await DatabaseFingerprint.TakeAsync(world.Bot));
        if (changes.Count > 0)
        {
            issues.Add("wrote " + string.Join(", ", changes));
        }

        return new Outcome(changes.Count > 0, issues);
    }

    private static TeamsUser SpecOwner(TamperingWorld world, string verb) => world.A.CoordinatorUser;

    private static JsonObject Clone(JsonObject data) => data.DeepClone().AsObject();

    private static HashSet<string> RegisteredVerbs(TraineeBotFactory bot)
    {
        using var scope = bot.Services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<ICardAction>().Select(a => a.Verb)];
    }
}
