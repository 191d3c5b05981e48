using System.Net;
using System.Text.Json;
using Microsoft.Identity.Client;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.UnitTests.Authentication.Support;

/// <summary>Stands in for Entra (and the managed identity endpoint) behind MSAL, recording each request.</summary>
internal sealed class FakeIdentityProvider : HttpMessageHandler, IMsalHttpClientFactory
{
    public const string AccessToken = "issued-access-token";

    private readonly List<RecordedRequest> _requests = [];
    private readonly HttpClient _client;

    public FakeIdentityProvider() => _client = new HttpClient(this, disposeHandler: false);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public HttpClient GetHttpClient() => _client;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!, body));
        }

        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = AccessToken });
        }

        if (path.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Json(new { access_token = AccessToken, expires_on = expiresOn, resource = "https://api.botframework.com", token_type = "Bearer" });
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpResponseMessage Json(object value) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json"),
    };
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Body)
{
    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair.ElementAtOrDefault(1) ?? "").Replace('+', ' '));
}
