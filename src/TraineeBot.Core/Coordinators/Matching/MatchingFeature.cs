using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Coordinators.Status.Intents;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Matching;

/// <summary>
/// A coordinator's matching messages (<see cref="MatchingGrammar"/>): the open placements, registering one, and the
/// openings that fit a trainee of their caseload. Only coordinators, and only when the grammar matches exactly; every
/// other message goes on (order 114, before the status questions).
/// </summary>
internal sealed partial class MatchingFeature(
    IAccessPolicy policy,
    CoordinatorCaseloads caseloads,
    IOpenings openings,
    ICaseloadQueries queries,
    MatchingCards cards,
    TimeProvider time,
    ILogger<MatchingFeature> logger) : IMessageFeature
{
    private const string SuggestCommand = "matching.suggest-for";
    private const string OpeningsCommand = "matching.openings";

    public int Order => MessageFeatureOrder.Commands + 14;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || MatchingGrammar.Parse(message.Text) is not { } command
            || await caseloads.OfAsync(message.Contact, cancellationToken) is not { } asker)
        {
            return false;
        }

        var language = message.Language;
        var today = StockholmTime.Today(time);
        if (command is not MatchingCommand.SuggestFor
            && !(await policy.DecideAsync(message.Contact.UserId, AccessAction.ManageOpenings, null, OpeningsCommand, cancellationToken)).Allowed)
        {
            return false;
        }

        switch (command)
        {
            case MatchingCommand.ListOpen:
                var open = await openings.ListOpenAsync(asker.Caseload, cancellationToken);
                await ReplyCardAsync(message, cards.Openings(MatchingTexts.Get(language, "OpenTitle", open.Count), open, language, today), MatchingCards.OpeningsTemplate, cancellationToken);
                break;
            case MatchingCommand.RegisterInvalid invalid:
                await message.Turn.ReplyTextAsync($"{MatchingTexts.Get(language, invalid.Problem, invalid.Part)}\n\n{MatchingTexts.Get(language, "Usage")}", cancellationToken);
                break;
            case MatchingCommand.Register register:
                await RegisterAsync(message, asker.Coordinator.Id, register, today, cancellationToken);
                break;
            case MatchingCommand.SuggestFor suggest:
                await SuggestAsync(message, asker.Caseload, suggest.Name, today, cancellationToken);
                break;
        }

        return true;
    }

    private async Task RegisterAsync(MessageTurn message, Guid coordinatorId, MatchingCommand.Register register, DateOnly today, CancellationToken cancellationToken)
    {
        var language = message.Language;
        var workplaces = await openings.WorkplacesAsync(cancellationToken);
        if (workplaces.Count == 0)
        {
            await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "NoWorkplaces"), cancellationToken);
            return;
        }

        var exact = workplaces.Where(w => string.Equals(w.Name.Trim(), register.Workplace, StringComparison.OrdinalIgnoreCase)).ToList();
        var found = exact.Count > 0 ? exact
            : [.. workplaces.Where(w => w.Name.StartsWith(register.Workplace, StringComparison.OrdinalIgnoreCase))];
        if (found.Count != 1)
        {
            var names = string.Join(", ", (found.Count == 0 ? workplaces : found).Select(w => w.Name).Distinct().Order(StringComparer.CurrentCultureIgnoreCase));
            await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, found.Count == 0 ? "UnknownWorkplace" : "AmbiguousWorkplace", register.Workplace, names), cancellationToken);
            return;
        }

        var workplace = found[0];
        var opening = await openings.RegisterAsync(new NewOpening(
            workplace.Id, register.Kind, register.WorkArea, register.HoursPerWeek, register.PartTimeOk, register.Location, register.TravelMinutes,
            register.Languages, today, coordinatorId), cancellationToken);
        Log.Registered(logger, opening.Id, workplace.Id, coordinatorId);
        await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "Registered"), cancellationToken);
        await ReplyCardAsync(message, cards.Openings(MatchingTexts.Get(language, "RegisteredTitle", workplace.Name), [new OpeningView(opening, workplace.Name)], language, today),
            MatchingCards.OpeningsTemplate, cancellationToken);
    }

    private async Task SuggestAsync(MessageTurn message, Caseload caseload, string name, DateOnly today, CancellationToken cancellationToken)
    {
        var language = message.Language;
        var people = (await queries.TraineesAsync(caseload, cancellationToken)).Select(t => new NamedPerson(t.Id, t.Name)).ToList();
        switch (TraineeNameMatcher.Match(name, people))
        {
            case NameMatch.Exact(var person):
                var trainee = (await policy.DecideAsync(message.Contact.UserId, AccessAction.SuggestPlacements, person.Id, SuggestCommand, cancellationToken)).Allowed
                    ? await openings.TraineeAsync(caseload, person.Id, today, cancellationToken)
                    : null;
                if (trainee is null)
                {
                    await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "NameNotFound", name), cancellationToken);
                }
                else if (trainee.Placed)
                {
                    await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "Placed", trainee.Name), cancellationToken);
                }
                else if (trainee.Answers is not { } answers)
                {
                    await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "NoInventory", trainee.Name), cancellationToken);
                }
                else
                {
                    var open = await openings.ListOpenAsync(caseload, cancellationToken);
                    var results = PlacementMatcher.RankOpenings(new MatchCandidate(trainee.TraineeId, trainee.Name, answers), open, language);
                    await ReplyCardAsync(message, cards.ForTrainee(trainee.Name, results, language, today), MatchingCards.SuggestionsTemplate, cancellationToken);
                }

                break;
            case NameMatch.Ambiguous(var candidates):
                await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "NameAmbiguous",
                    string.Join(MatchingTexts.Get(language, "Or"), candidates.Take(5).Select(c => c.Name))), cancellationToken);
                break;
            default:
                await message.Turn.ReplyTextAsync(MatchingTexts.Get(language, "NameNotFound", name), cancellationToken);
                break;
        }
    }

    private static async Task ReplyCardAsync(MessageTurn message, JsonObject card, string template, CancellationToken cancellationToken)
    {
        var reply = message.Turn.Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card, template)];
        await message.Turn.SendActivityAsync(reply, cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Opening {OpeningId} at workplace {WorkplaceId} registered by coordinator {CoordinatorId}")]
        public static partial void Registered(ILogger logger, Guid openingId, Guid workplaceId, Guid coordinatorId);
    }
}
