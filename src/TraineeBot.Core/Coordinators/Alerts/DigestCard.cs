using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Alerts;

/// <summary>
/// The data of <c>cards/coordinator-digest.json</c>, every text already in the coordinator's language (as the case
/// card's): a title, sections of lines, each line with a "Visa" button (<c>coordinator.trainee</c> with the trainee's id).
/// Trainee and supervisor names are markdown-escaped (they go into TextBlocks).
/// </summary>
public static class DigestCard
{
    public const string Template = "coordinator-digest";

    /// <summary>Lines shown per section; the rest are counted ("… och 3 till").</summary>
    public const int MaxLinesPerSection = 10;

    public static JsonObject Data(DigestModel digest, string language)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var today = digest.Day;
        var sections = new JsonArray();
        foreach (var section in digest.Sections)
        {
            var lines = section.ToList();
            sections.Add(new JsonObject
            {
                ["title"] = AlertTexts.Get(language, "SectionCount", AlertTexts.Get(language, "Section" + section.Key), lines.Count),
                ["items"] = new JsonArray([.. lines.Take(MaxLinesPerSection).Select(l => (JsonNode)Item(Line(l, language, today), l.TraineeId))]),
                ["more"] = lines.Count > MaxLinesPerSection ? AlertTexts.Get(language, "More", lines.Count - MaxLinesPerSection) : string.Empty,
            });
        }

        var day = today.ToString("dddd d MMMM", Localization.BotTexts.Culture(language));
        return Card(AlertTexts.Get(language, "DigestTitle"), AlertTexts.Get(language, "DigestSubtitle", day), string.Empty, sections, language);
    }

    /// <summary>The immediate alert: a supervisor's check-in unanswered after its reminders, with the trainee's button.</summary>
    public static JsonObject Unanswered(UnansweredSupervisorCheckIn checkIn, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var supervisor = checkIn.SupervisorName is { } named ? MarkdownText.Escape(named) : AlertTexts.Get(language, "SomeSupervisor");
        var sent = AlertTexts.Date(language, checkIn.Sent, today);
        var text = AlertTexts.Get(language, checkIn.Kind == CheckInKinds.Certificate ? "UnansweredCertificateText" : "UnansweredText", supervisor, MarkdownText.Escape(checkIn.TraineeName), sent);
        var line = new DigestLine(DigestSection.UnansweredCheckIns, checkIn.TraineeId, checkIn.TraineeName, checkIn.Sent, Detail: checkIn.Kind);
        var sections = new JsonArray
        {
            new JsonObject
            {
                ["title"] = string.Empty,
                ["items"] = new JsonArray(Item(Line(line, language, today), checkIn.TraineeId)),
                ["more"] = string.Empty,
            },
        };
        return Card(AlertTexts.Get(language, "UnansweredTitle"), string.Empty, text, sections, language);
    }

    private static JsonObject Card(string title, string subtitle, string text, JsonArray sections, string language) => new()
    {
        ["title"] = title,
        ["subtitle"] = subtitle,
        ["text"] = text,
        ["button"] = AlertTexts.Get(language, "Show"),
        ["sections"] = sections,
        ["hint"] = AlertTexts.Get(language, "Hint"),
    };

    private static JsonObject Item(string text, Guid traineeId) => new()
    {
        ["text"] = text,
        ["traineeId"] = traineeId.ToString(),
    };

    internal static string Line(DigestLine line, string language, DateOnly today)
    {
        var date = AlertTexts.Date(language, line.Date, today);
        var name = MarkdownText.Escape(line.TraineeName);
        return line.Section switch
        {
            DigestSection.RedFlags or DigestSection.HelpRequests => AlertTexts.Get(language, "LineOpened", name, date),
            DigestSection.UnansweredCheckIns => AlertTexts.Get(language, line.Detail switch
            {
                CheckInKinds.Supervisor => "LineCheckInSupervisor",
                CheckInKinds.Certificate => "LineCheckInCertificate",
                _ => "LineCheckInTrainee",
            }, name, date),
            DigestSection.Unreachable => line.Detail is { } supervisor
                ? AlertTexts.Get(language, "LineUnreachableSupervisor", name, MarkdownText.Escape(supervisor), date)
                : AlertTexts.Get(language, "LineUnreachableTrainee", name, date),
            DigestSection.Renewals => AlertTexts.Get(language, "LineRenewal", name, date),
            DigestSection.Ending => AlertTexts.Get(language, line.ProposeCandidates ? "LineEndingExternal" : "LineEnding", name, date),
            DigestSection.LimitsNear => AlertTexts.Get(language, "LineLimit", name, line.Detail ?? string.Empty, date),
            _ => throw new ArgumentOutOfRangeException(nameof(line), line.Section, null),
        };
    }
}
