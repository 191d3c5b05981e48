using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Programme;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>One supervisor card as one person sees it: the check-in, the trainee's journey, the viewer's language and Teams id.</summary>
/// <param name="ViewerChannelId">The viewer's Teams user id, for the card's <c>refresh.userIds</c> (only they get it refreshed).</param>
public sealed record SupervisorCardSubject(CheckIn CheckIn, TraineeJourney Journey, string Language, string? ViewerChannelId);

/// <summary>
/// The views of <c>cards/supervisor-checkin.json</c>: the form (with problems next to fields and values kept), the
/// "answered — thank you" view with the answers, "closed", and the read-only view for anyone but the supervisor.
/// Every view carries a <c>refresh</c> for the supervisor, so opening an old card shows its current state. Names and
/// shown answers are markdown-escaped for their TextBlocks; input values (an answer being edited) are plain text and are not.
/// </summary>
public sealed class SupervisorCardViews(ICardRenderer cards, SupervisorForms forms, TimeProvider time)
{
    public const string Template = "supervisor-checkin";

    /// <summary>The form; <paramref name="values"/> prefill it (a stored answer, or what was sent), <paramref name="problems"/> go next to fields.</summary>
    public JsonObject Form(SupervisorCardSubject subject, JsonObject? values = null, IReadOnlyDictionary<string, string>? problems = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var language = subject.Language;
        var form = forms.For(subject.CheckIn.Kind);
        var data = Header(subject, "form", form.Title(language), Subtitle(subject));
        data["prompt"] = form.Prompt(language);
        data["submit"] = SupervisorTexts.Get(language, "Submit");
        if (notice is not null)
        {
            data["notice"] = notice;
        }

        if (problems is { Count: > 0 })
        {
            data["problem"] = SupervisorTexts.Get(language, "Problem");
        }

        var today = StockholmTime.Today(time);
        data["fields"] = new JsonArray([.. form.AskFields(values, problems, new DialogContext(language, today)).Select(f => (JsonNode)Field(f, language))]);
        if (LaterRange(subject.CheckIn, today) is { } range)
        {
            data["later"] = new JsonObject
            {
                ["title"] = SupervisorTexts.Get(language, "LaterTitle"),
                ["label"] = SupervisorTexts.Get(language, "LaterLabel"),
                ["button"] = SupervisorTexts.Get(language, "LaterButton"),
                ["min"] = IsoDate(range.First),
                ["max"] = IsoDate(range.Last),
            };
        }

        return Render(data);
    }

    /// <summary>"Thank you" with the answers as saved; <paramref name="editLabel"/> offers a change or an addition.</summary>
    public JsonObject Answered(SupervisorCardSubject subject, string thanks, string followUp, string? editLabel)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var language = subject.Language;
        var form = forms.For(subject.CheckIn.Kind);
        var data = Header(subject, "answered", form.Title(language), Subtitle(subject));
        data["thanks"] = thanks;
        data["followUp"] = followUp;
        var lines = new JsonArray();
        if (SupervisorAnswerJson.Latest(subject.CheckIn) is { } answer)
        {
            foreach (var (_, label, shown) in form.Lines(answer, language))
            {
                lines.Add(new JsonObject { ["label"] = label, ["answer"] = MarkdownText.Escape(shown) });
            }
        }

        data["lines"] = lines;
        if (editLabel is not null)
        {
            data["edit"] = editLabel;
        }

        return Render(data);
    }

    public JsonObject Closed(SupervisorCardSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var data = Header(subject, "closed", forms.For(subject.CheckIn.Kind).Title(subject.Language), Subtitle(subject));
        data["message"] = SupervisorTexts.Get(subject.Language, "Closed");
        return Render(data);
    }

    /// <summary>For anyone but the assigned supervisor: who may answer, and nothing about the trainee or the answers.</summary>
    public JsonObject ReadOnly(Guid checkInId, string kind, string language, string? viewerChannelId, string? supervisorName)
    {
        var data = new JsonObject
        {
            ["view"] = "readonly",
            ["checkInId"] = checkInId.ToString(),
            ["userId"] = viewerChannelId ?? string.Empty,
            ["refreshTitle"] = SupervisorTexts.Get(language, "Refresh"),
            ["title"] = forms.For(kind).Title(language),
            ["subtitle"] = string.Empty,
            ["message"] = supervisorName is null
                ? SupervisorTexts.Get(language, "ReadOnlyUnknown")
                : SupervisorTexts.Get(language, "ReadOnly", MarkdownText.Escape(supervisorName)),
        };
        return Render(data);
    }

    /// <summary>The dates the supervisor may ask to be reminded on: tomorrow up to the day before the check-in closes (at most 60 days).</summary>
    public static (DateOnly First, DateOnly Last)? LaterRange(CheckIn checkIn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var last = today.AddDays(60);
        if (checkIn.ClosesUtc is { } closes)
        {
            var closesOn = DateOnly.FromDateTime(StockholmTime.ToLocal(closes).DateTime);
            last = closesOn.AddDays(-1) < last ? closesOn.AddDays(-1) : last;
        }

        var first = today.AddDays(1);
        return last >= first ? (first, last) : null;
    }

    /// <summary>For the card (names markdown-escaped): "Amira Hassan på Förskolan Solen · inför förlängningen 28 februari 2027": who, where, and which occasion.</summary>
    public static string Subtitle(SupervisorCardSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var journey = subject.Journey;
        var placement = journey.Placement;
        var (definition, nominal) = Occurrence(subject.CheckIn.OccurrenceKey);
        var (key, date) = subject.CheckIn.Kind == CheckInKinds.Certificate ? ("WhenCertificate", placement?.LastDay())
            : definition == "supervisor-midpoint" ? ("WhenMidpoint", nominal is { } mid ? placement?.CurrentOrNextPeriod(mid)?.EndDate : null)
            : ("WhenRenewal", nominal);
        var language = subject.Language;
        return SupervisorTexts.Get(language, key, MarkdownText.Escape(journey.Trainee.Name), MarkdownText.Escape(journey.Workplace?.Name),
            SupervisorTexts.Date(language, date ?? placement?.EndDate ?? default));
    }

    /// <summary>A supervisor occurrence key is "&lt;schedule&gt;:&lt;yyyy-MM-dd&gt;".</summary>
    public static (string? Definition, DateOnly? Nominal) Occurrence(string occurrenceKey)
    {
        ArgumentNullException.ThrowIfNull(occurrenceKey);
        var colon = occurrenceKey.LastIndexOf(':');
        var definition = colon > 0 ? occurrenceKey[..colon] : null;
        return DateOnly.TryParseExact(occurrenceKey[(colon + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (definition, date)
            : (definition, null);
    }

    private static JsonObject Header(SupervisorCardSubject subject, string view, string title, string subtitle) => new()
    {
        ["view"] = view,
        ["checkInId"] = subject.CheckIn.Id.ToString(),
        ["userId"] = subject.ViewerChannelId ?? string.Empty,
        ["refreshTitle"] = SupervisorTexts.Get(subject.Language, "Refresh"),
        ["title"] = title,
        ["subtitle"] = subtitle,
    };

    private static JsonObject Field(AskField field, string language)
    {
        var kind = field.Kind switch
        {
            StepKind.Number => "number",
            StepKind.Scale or StepKind.Choice or StepKind.YesNo => "choice",
            _ => "text",
        };
        var json = new JsonObject
        {
            ["id"] = field.Id,
            ["kind"] = kind,
            ["label"] = field.Label,
            ["value"] = field.Value ?? string.Empty,
            ["style"] = field.Kind == StepKind.Scale ? "compact" : "expanded",
            ["placeholder"] = SupervisorTexts.Get(language, "Choose"),
            ["maxLength"] = field.MaxLength ?? 4000,
            ["options"] = new JsonArray([.. field.Options.Select(o => (JsonNode)new JsonObject { ["value"] = o.Value, ["label"] = o.Label })]),
        };
        if (kind == "number" && decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            json["number"] = number;
        }
        else if (kind == "number")
        {
            json["value"] = string.Empty;
        }

        if (field.Problem is not null)
        {
            json["problem"] = field.Problem;
        }

        return json;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private JsonObject Render(JsonObject data) => cards.Render(Template, data);
}
