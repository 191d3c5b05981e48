using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// A trainee's export as files: JSON (every section as an array of objects, stored JSON parsed) and a readable HTML
/// page (one table per section, in the trainee's language, every value HTML-encoded, no scripts, no external resources).
/// </summary>
public static class TraineeExportFiles
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public const string HtmlContentType = "text/html; charset=utf-8";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>"mina-uppgifter-2026-11-23" / "my-data-2026-11-23".</summary>
    public static string FileStem(TraineeDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var day = StockholmTime.ToLocal(export.ExportedUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (export.Language == Users.Language.English ? "my-data-" : "mina-uppgifter-") + day;
    }

    public static byte[] Json(TraineeDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var sections = new JsonObject();
        foreach (var section in export.Sections)
        {
            sections[section.Key] = new JsonArray([.. section.Rows.Select(Object)]);
        }

        var document = new JsonObject
        {
            ["format"] = "traineebot-export-v1",
            ["traineeId"] = export.TraineeId.ToString(),
            ["exportedUtc"] = export.ExportedUtc.ToString("O", CultureInfo.InvariantCulture),
            ["sections"] = sections,
        };
        return Encoding.UTF8.GetBytes(document.ToJsonString(Indented));
    }

    public static byte[] Html(TraineeDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var language = export.Language;
        var day = Trainees.Plan.PlanDates.Format(language, DateOnly.FromDateTime(StockholmTime.ToLocal(export.ExportedUtc).DateTime));
        var title = DataRightsTexts.Get(language, "ExportFileTitle", export.Name);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;margin-bottom:1.5em}")
            .Append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top;white-space:pre-wrap;word-break:break-word}")
            .Append("th{background:#eee}</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p>").Append(Encode(DataRightsTexts.Get(language, "ExportFileIntro", day))).Append("</p>\n");
        foreach (var section in export.Sections)
        {
            html.Append("<h2>").Append(Encode(DataRightsTexts.Get(language, "Section." + section.Key))).Append("</h2>\n");
            if (section.Rows.Count == 0)
            {
                html.Append("<p>").Append(Encode(DataRightsTexts.Get(language, "ExportNone"))).Append("</p>\n");
                continue;
            }

            var columns = section.Rows.SelectMany(r => r.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToList();
            html.Append("<table>\n<tr>");
            foreach (var column in columns)
            {
                html.Append("<th>").Append(Encode(column)).Append("</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in section.Rows)
            {
                html.Append("<tr>");
                foreach (var column in columns)
                {
                    var value = row.Fields.FirstOrDefault(f => f.Key == column).Value;
                    html.Append("<td>").Append(Encode(Text(value))).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static JsonObject Object(ExportRow row)
    {
        var json = new JsonObject();
        foreach (var (key, value) in row.Fields)
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(Indented),
    };

    /// <summary>Encodes &lt;, &gt;, &amp;, quotes and control characters; letters such as å, ä, ö stay readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
