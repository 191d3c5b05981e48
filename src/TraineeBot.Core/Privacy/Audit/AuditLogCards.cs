using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Coordinators.Status.Intents;

namespace TraineeBot.Core.Privacy.Audit;

/// <summary>The audit log of one trainee, and "whose log?" for an ambiguous name (<c>cards/audit-log.json</c>).</summary>
public sealed class AuditLogCards(ICardRenderer cards)
{
    public const string Template = "audit-log";

    /// <summary>At most this many entries are shown, newest first.</summary>
    public const int MaxEntries = 30;

    /// <param name="actorNames">Display names by user id; an id not there is "unknown user".</param>
    public JsonObject Log(string traineeName, IReadOnlyList<AuditEntry> entries, IReadOnlyDictionary<Guid, string> actorNames, string language)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(actorNames);
        var items = new JsonArray();
        foreach (var entry in entries)
        {
            var who = entry.ActorUserId is not { } actor ? PrivacyTexts.Get(language, "AuditBot")
                : actorNames.TryGetValue(actor, out var name) ? MarkdownText.Escape(name)
                : PrivacyTexts.Get(language, "AuditUnknownActor");
            items.Add(new JsonObject
            {
                ["line"] = PrivacyTexts.Get(language, "AuditLine", PrivacyTexts.When(entry.AtUtc), who),
                ["what"] = PrivacyTexts.Get(language, "AuditWhat", What(entry.Action, language), MarkdownText.Escape(entry.Command),
                    PrivacyTexts.Get(language, entry.Allowed ? "AuditAllowed" : "AuditDenied")),
                ["color"] = entry.Allowed ? "Default" : "Attention",
            });
        }

        return cards.Render(Template, new JsonObject
        {
            ["title"] = PrivacyTexts.Get(language, "AuditTitle", MarkdownText.Escape(traineeName)),
            ["subtitle"] = PrivacyTexts.Get(language, "AuditSubtitle", MaxEntries),
            ["none"] = PrivacyTexts.Get(language, "AuditNone"),
            ["count"] = items.Count,
            ["entries"] = items,
            ["choices"] = new JsonArray(),
        });
    }

    /// <summary>"Whose log do you mean?" with a button per trainee.</summary>
    public JsonObject WhichOne(IReadOnlyList<NamedPerson> people, string language)
    {
        ArgumentNullException.ThrowIfNull(people);
        return cards.Render(Template, new JsonObject
        {
            ["title"] = PrivacyTexts.Get(language, "AuditWhichOne"),
            ["subtitle"] = string.Empty,
            ["none"] = string.Empty,
            ["count"] = -1,
            ["entries"] = new JsonArray(),
            ["choices"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject { ["name"] = MarkdownText.Escape(p.Name), ["traineeId"] = p.Id.ToString() })]),
        });
    }

    /// <summary>The readable text of an action ("Made a decision"); an unknown action as it is stored.</summary>
    internal static string What(string action, string language)
    {
        try
        {
            return PrivacyTexts.Get(language, "Action_" + action.Replace('.', '_'));
        }
        catch (KeyNotFoundException)
        {
            return action;
        }
    }
}
