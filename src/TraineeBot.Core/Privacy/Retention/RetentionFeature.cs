using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Coordinators;
using TraineeBot.Core.Coordinators.Status;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Privacy.Audit;

namespace TraineeBot.Core.Privacy.Retention;

/// <summary>
/// "gallring" / "retention" (also "gallring provkörning", "retention dry run"): an administrator gets the dry-run
/// report as a card (<c>cards/retention-report.json</c>) — what the next run would erase and delete; nothing changes.
/// Anyone else is not answered here (the message goes on).
/// </summary>
internal sealed class RetentionFeature(IRetention retention, RetentionCards cards, IAccessPolicy policy) : IMessageFeature
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal)
    {
        "gallring", "gallra", "gallring provkorning", "visa gallring", "retention", "retention dry run", "retention report", "show retention",
    };

    public int Order => MessageFeatureOrder.Commands + 6;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || !Commands.Contains(CommandText.Normalize(message.Text))
            || !(await policy.AskerAsync(message.Contact.UserId, cancellationToken)).Holds(AccessRole.Administrator)
            || !(await policy.DecideAsync(message.Contact.UserId, AccessAction.ViewRetentionReport, null, "retention.report", cancellationToken)).Allowed)
        {
            return false;
        }

        var report = await retention.PlanAsync(cancellationToken);
        await message.Turn.ReplyCardAsync(cards.Report(report, message.Language), RetentionCards.Template, cancellationToken);
        return true;
    }
}

/// <summary>The dry-run report as a card: pseudonymous trainee ids with their coordinator and the day each became due.</summary>
public sealed class RetentionCards(ICardRenderer cards, IOptions<RetentionOptions> options)
{
    public const string Template = "retention-report";

    /// <summary>At most this many trainees are listed; the rest are counted.</summary>
    public const int MaxItems = 30;

    public JsonObject Report(RetentionReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var settings = options.Value;
        var notes = new JsonArray
        {
            PrivacyTexts.Get(language, "RetentionRules", settings.PersonalDataMonths, settings.AuditYears),
            settings.Enabled ? PrivacyTexts.Get(language, "RetentionSchedule", PrivacyTexts.When(RetentionClock.NextAfter(RetentionClock.DueDay(report.At))))
                : PrivacyTexts.Get(language, "RetentionOff"),
        };
        if (settings.DryRun)
        {
            notes.Add(PrivacyTexts.Get(language, "RetentionDryRunMode"));
        }

        var due = new JsonArray([.. report.Due.Take(MaxItems).Select(c => (JsonNode)PrivacyTexts.Get(language, "RetentionDueLine",
            c.TraineeId, MarkdownText.Escape(c.CoordinatorName), Day(c.LastFollowUp), Day(c.DueOn)))]);
        return cards.Render(Template, new JsonObject
        {
            ["title"] = PrivacyTexts.Get(language, "RetentionTitle"),
            ["intro"] = PrivacyTexts.Get(language, "RetentionNothingChanged"),
            ["notes"] = notes,
            ["dueTitle"] = PrivacyTexts.Get(language, "RetentionDue"),
            ["dueCount"] = report.Due.Count,
            ["none"] = PrivacyTexts.Get(language, "RetentionNone"),
            ["due"] = due,
            ["more"] = report.Due.Count > MaxItems ? PrivacyTexts.Get(language, "RetentionMore", report.Due.Count - MaxItems) : string.Empty,
            ["audit"] = PrivacyTexts.Get(language, "RetentionAudit", PrivacyTexts.When(report.AuditCutoff), report.AuditEntries),
        });
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
