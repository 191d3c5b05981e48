using System.Text.Json.Nodes;

namespace TraineeBot.Cards.Templating;

/// <summary>
/// What an expression can see while a template expands: <c>$root</c>, the current <c>$data</c> (the root until a
/// <c>$data</c> sets it) and <c>$index</c> (undefined outside a repeated element). Mutable, saved and restored per element.
/// </summary>
internal sealed class Scope(JsValue root)
{
    /// <summary><c>$_acTemplateVersion</c> of the adaptivecards-templating release whose behaviour this engine follows.</summary>
    private static readonly JsonObject TemplateVersion = new()
    {
        ["major"] = 2,
        ["minor"] = 3,
        ["patch"] = 1,
        ["suffix"] = string.Empty,
    };

    private static readonly string[] MemoryKeys = ["_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion"];

    public JsValue Root { get; } = root;

    public JsValue Data { get; set; } = root;

    public JsValue Index { get; set; }

    /// <summary>The first segment of a memory path: one of the template memory's own keys, matched as AEL matches keys.</summary>
    public JsValue Top(string name)
    {
        foreach (var key in MemoryKeys)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return key switch
                {
                    "$root" => Root,
                    "$data" => Data,
                    "$index" => Index,
                    "$_acTemplateVersion" => JsValue.From(TemplateVersion),
                    _ => JsValue.Undefined,
                };
            }
        }

        return JsValue.Undefined;
    }
}
