using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TraineeBot.Testing.FakeGraph;

/// <summary>Graph's response shapes: OData entities and collections with <c>@odata.context</c>, and Graph's error body.</summary>
internal static class GraphJson
{
    public const string Metadata = "https://graph.microsoft.com/v1.0/$metadata";

    /// <summary>The content type Graph answers JSON with.</summary>
    public const string ContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    private static readonly string[] DefaultUserProperties =
        ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];

    public static IResult Ok(JsonObject body, int status = StatusCodes.Status200OK) => Results.Content(body.ToJsonString(), ContentType, null, status);

    public static IResult Collection(string context, IEnumerable<JsonObject> items) =>
        Ok(new JsonObject { ["@odata.context"] = context, ["value"] = new JsonArray([.. items]) });

    public static IResult Error(int status, string code, string message) =>
        Results.Content(ErrorBody(code, message), "application/json", null, status);

    public static string ErrorBody(string code, string message) => new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss"),
                ["request-id"] = Guid.NewGuid().ToString(),
                ["client-request-id"] = Guid.NewGuid().ToString(),
            },
        },
    }.ToJsonString();

    /// <summary>The properties a <c>$select</c> asks for, or Graph's default set of user properties.</summary>
    public static string[] UserProperties(string? select) =>
        string.IsNullOrEmpty(select) ? DefaultUserProperties : select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string UsersContext(string? select) =>
        string.IsNullOrEmpty(select) ? $"{Metadata}#users" : $"{Metadata}#users({select})";

    public static JsonObject User(FakeGraphUser user, string[] properties)
    {
        var json = new JsonObject();
        foreach (var property in properties)
        {
            json[property] = property switch
            {
                "id" => user.Id,
                "displayName" => user.DisplayName,
                "mail" => user.Mail,
                "userPrincipalName" => user.UserPrincipalName,
                "givenName" => user.DisplayName.Split(' ')[0],
                "surname" => user.DisplayName.Contains(' ', StringComparison.Ordinal) ? user.DisplayName[(user.DisplayName.LastIndexOf(' ') + 1)..] : null,
                "businessPhones" => new JsonArray(),
                "preferredLanguage" => "sv-SE",
                _ => null,
            };
        }

        return json;
    }
}
