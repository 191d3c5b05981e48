using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// The registration card's form, read from <c>dialogs/coordinator-registration.yaml</c>, and how its answer becomes
/// one row of an import (<see cref="ImportFile"/>), so a card and a CSV are checked and written by the same code.
/// </summary>
public sealed class RegistrationForm(DialogCatalog catalog) : Core.Dialogs.IFormDefinitions
{
    public const string DialogId = "coordinator-registration";

    /// <summary>Each form field's import column; a field the import does not know is refused at start-up.</summary>
    public static readonly IReadOnlyDictionary<string, ImportColumn> Columns = new Dictionary<string, ImportColumn>(StringComparer.Ordinal)
    {
        ["name"] = ImportColumn.Name,
        ["email"] = ImportColumn.Email,
        ["birth-year"] = ImportColumn.BirthYear,
        ["gender"] = ImportColumn.Gender,
        ["department"] = ImportColumn.Department,
        ["support-needs"] = ImportColumn.SupportNeeds,
        ["workplace"] = ImportColumn.Workplace,
        ["supervisor"] = ImportColumn.Supervisor,
        ["supervisor-email"] = ImportColumn.SupervisorEmail,
        ["kind"] = ImportColumn.Kind,
        ["start"] = ImportColumn.Start,
        ["end"] = ImportColumn.End,
        ["role"] = ImportColumn.Role,
    };

    /// <exception cref="InvalidOperationException">The dialog is missing or has no form step (the start-up check catches it first).</exception>
    public CardForm Form =>
        catalog.Find(DialogId) is { } definition && CardForm.From(definition) is { } form
            ? form
            : throw new InvalidOperationException($"dialogs/{DialogId}.yaml must exist and have a form step.");

    /// <summary>Problems with the form's definition, checked when the bot starts.</summary>
    public IEnumerable<string> Problems()
    {
        if (catalog.Find(DialogId) is not { } definition || CardForm.From(definition) is not { } form)
        {
            yield return $"dialogs/{DialogId}.yaml must exist and have a form step (the coordinator's registration card)";
            yield break;
        }

        foreach (var field in form.Fields.Where(f => !Columns.ContainsKey(f.Id)))
        {
            yield return $"dialogs/{DialogId}.yaml: field '{field.Id}' has no import column (Coordinators/Registration/RegistrationForm.cs)";
        }

        foreach (var column in new[] { ImportColumn.Name, ImportColumn.Email }.Where(c => !form.Fields.Any(f => Columns.GetValueOrDefault(f.Id) == c && f.Id == ColumnField(c))))
        {
            yield return $"dialogs/{DialogId}.yaml must ask for {column}";
        }
    }

    /// <summary>
    /// The answer as a file of one row (row 2, as under a header). The headers are the fields' labels in
    /// <paramref name="language"/>, so the import's reasons name what the coordinator sees on the card.
    /// </summary>
    public ImportFile ToImportFile(JsonObject answer, string language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var values = new Dictionary<ImportColumn, string>();
        var headers = new Dictionary<ImportColumn, string>();
        foreach (var field in Form.Fields)
        {
            if (!Columns.TryGetValue(field.Id, out var column))
            {
                continue;
            }

            headers[column] = field.Label.Get(language);
            if (Text(answer[field.Id]) is { } text)
            {
                values[column] = text;
            }
        }

        return new ImportFile([new ImportRow(2, values)], headers, []);
    }

    /// <summary>The field a rejected row's problem belongs next to (by the column's label); null for the card as a whole.</summary>
    public string? FieldOf(ImportProblem problem, string language)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Kind == ImportProblemKind.PlacementRule)
        {
            return ColumnField(ImportColumn.End);
        }

        return Form.Fields.FirstOrDefault(f => f.Label.Get(language) == problem.Column)?.Id;
    }

    private static string ColumnField(ImportColumn column) => Columns.First(c => c.Value == column).Key;

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<decimal>().ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };
}
