using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace TraineeBot.Cards;

/// <summary>
/// Loads every top-level <c>*.json</c> in the cards folder once (sub-folders such as <c>samples/</c> are not templates),
/// parsing every expression; renders by name.
/// </summary>
public sealed class CardTemplateStore : ICardRenderer
{
    private readonly FrozenDictionary<string, CardTemplate> templates;

    public CardTemplateStore(IOptions<CardOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = System.IO.Path.IsPathRooted(options.Value.Path)
            ? options.Value.Path
            : System.IO.Path.Combine(AppContext.BaseDirectory, options.Value.Path);
        if (!Directory.Exists(folder))
        {
            throw new CardTemplateException($"The card folder '{folder}' does not exist (setting {CardOptions.SectionName}:Path).");
        }

        templates = Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Select(file => CardTemplate.Parse(System.IO.Path.GetFileNameWithoutExtension(file), File.ReadAllText(file)))
            .ToFrozenDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Names => templates.Keys;

    public JsonObject Render(string templateName, JsonObject data) =>
        templates.TryGetValue(templateName, out var template)
            ? template.Render(data)
            : throw new CardTemplateException($"No card template named '{templateName}'.");
}
