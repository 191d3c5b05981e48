using System.Globalization;
using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Localization;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// The views of <c>cards/coordinator-registration.json</c>: the form (prefilled, with each problem next to its field
/// and the values kept) and the "registered" view that replaces it, with a button to the trainee's status card.
/// </summary>
public sealed class RegistrationCards(ICardRenderer cards, RegistrationForm form, TimeProvider time)
{
    public const string Template = "coordinator-registration";

    /// <summary>Inputs longer than this are multi-line boxes.</summary>
    private const int MultilineFrom = 500;

    public JsonObject Form(string language, JsonObject? values = null, IReadOnlyDictionary<string, string>? problems = null)
    {
        var definition = form.Form;
        var data = new JsonObject
        {
            ["view"] = "form",
            ["title"] = definition.Title(language),
            ["prompt"] = definition.Prompt(language),
            ["submit"] = RegistrationTexts.Get(language, "Submit"),
            ["fields"] = new JsonArray([.. definition.AskFields(values, problems, new DialogContext(language, StockholmTime.Today(time)))
                .Select(f => (JsonNode)Field(f, language))]),
        };
        if (problems is { Count: > 0 })
        {
            data["problem"] = RegistrationTexts.Get(language, "Problem");
        }

        return cards.Render(Template, data);
    }

    /// <summary>What was registered, in the words the coordinator used.</summary>
    public JsonObject Registered(string language, ImportedRow row, Guid traineeId)
    {
        ArgumentNullException.ThrowIfNull(row);
        // What the coordinator typed is shown as text, never as markdown (docs/security.md, "Injection").
        var lines = new JsonArray { Line(RegistrationTexts.Get(language, "Email"), MarkdownText.Escape(row.Email)) };
        if (row.Placement is { } placement)
        {
            var kind = RegistrationTexts.Get(language, placement.Kind == Programme.PlacementKind.Internal ? "Internal" : "External");
            var name = MarkdownText.Escape(placement.Workplace);
            var workplace = placement.WorkplaceId is null ? RegistrationTexts.Get(language, "NewWorkplace", name) : name;
            lines.Add(Line(RegistrationTexts.Get(language, "Placement"), RegistrationTexts.Get(language, "PlacementLine",
                workplace, kind, Date(language, placement.StartDate), Date(language, placement.EndDate))));
            var supervisorName = MarkdownText.Escape(placement.SupervisorName);
            var supervisor = placement.SupervisorId is null ? RegistrationTexts.Get(language, "NewSupervisor", supervisorName) : supervisorName;
            lines.Add(Line(RegistrationTexts.Get(language, "Supervisor"), supervisor ?? string.Empty));
        }
        else
        {
            lines.Add(Line(RegistrationTexts.Get(language, "Placement"), RegistrationTexts.Get(language, "NoPlacement")));
        }

        var data = new JsonObject
        {
            ["view"] = "registered",
            ["title"] = form.Form.Title(language),
            ["done"] = RegistrationTexts.Get(language, "Done", MarkdownText.Escape(row.Name)),
            ["lines"] = lines,
            ["followUp"] = RegistrationTexts.Get(language, row.Placement is null ? "FollowUpNoPlacement" : "FollowUpPlacement"),
            ["showTrainee"] = RegistrationTexts.Get(language, "ShowTrainee", row.Name.Split(' ')[0]),
            ["another"] = RegistrationTexts.Get(language, "Another"),
            ["traineeId"] = traineeId.ToString(),
        };
        return cards.Render(Template, data);
    }

    private static JsonObject Line(string label, string answer) => new() { ["label"] = label, ["answer"] = answer };

    private static string Date(string language, DateOnly date) => date.ToString("d MMMM yyyy", BotTexts.Culture(language));

    private static JsonObject Field(AskField field, string language)
    {
        var kind = field.Kind switch
        {
            StepKind.Number => "number",
            StepKind.Date => "date",
            StepKind.Scale or StepKind.Choice or StepKind.YesNo => "choice",
            _ => "text",
        };
        var json = new JsonObject
        {
            ["id"] = field.Id,
            ["kind"] = kind,
            ["label"] = field.Required ? field.Label + " *" : field.Label,
            ["value"] = field.Value ?? string.Empty,
            ["multiline"] = field.MaxLength is null or >= MultilineFrom,
            ["maxLength"] = field.MaxLength ?? 4000,
            ["placeholder"] = RegistrationTexts.Get(language, "Choose"),
            ["options"] = new JsonArray([.. field.Options.Select(o => (JsonNode)new JsonObject { ["value"] = o.Value, ["label"] = o.Label })]),
        };
        if (kind == "number")
        {
            if (decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                json["number"] = number;
            }
            else
            {
                json["value"] = string.Empty;
            }
        }

        if (field.Problem is not null)
        {
            json["problem"] = field.Problem;
        }

        return json;
    }
}
