using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using TraineeBot.BotFramework.Authentication;
using TraineeBot.BotFramework.Schema;
using TraineeBot.IntegrationTests.Security.Tampering;
using TraineeBot.Testing;
using TraineeBot.Testing.Authentication;

namespace TraineeBot.IntegrationTests.Security.Tokens;

/// <summary>
/// The JWT matrix against the production pipeline: the real host in Production with an app id, POST /api/messages,
/// signing keys from a local OpenID metadata/JWKS server, on a fake clock. Each refused request must run no turn (a
/// message from a new person would record them), write nothing (every table, the dedup rows included) and send nothing
/// to the connector.
/// </summary>
public sealed class TokenAttackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string OtherTenant = "0b9f3c1a-7d2e-4c55-8a61-2f4e9d7b3c10";
    private OpenIdMetadataServer metadata = null!;
    private TraineeBotFactory bot = null!;

    public async ValueTask InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync(TestContext.Current.CancellationToken);
        metadata.BotFramework.Publish(TestKeys.Teams, TestKeys.WebChatOnly);
        metadata.Entra.Publish(TestKeys.Entra);
        bot = new TraineeBotFactory()
            .With("MicrosoftAppId", TestBot.AppId)
            .With("MicrosoftAppPassword", "secret-from-configuration")
            .With("Bot:Authentication:BotFrameworkOpenIdMetadataUrl", metadata.BotFrameworkMetadataUrl.AbsoluteUri)
            .With("Bot:Authentication:EntraOpenIdMetadataUrlTemplate", metadata.EntraMetadataUrlTemplate)
            .With("Bot:Authentication:RequireHttpsMetadata", "false")
            .WithFakeClock(TestBot.Now)
            .WithServices(services => services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(new StaticConnectorToken("outbound-token"))));
        bot.Environment = "Production";
    }

    private sealed record Case(string Name, string? Header, int[] Expected, Action<Activity>? Change = null);

    [Fact]
    public async Task Every_forged_stale_or_misdirected_token_is_refused_before_any_turn_runs()
    {
        var now = TestBot.Now;
        string Channel(Action<SecurityTokenDescriptor>? change = null, TestSigningKey? key = null) =>
            TestTokens.Mint(TestTokens.ChannelToken(key ?? TestKeys.Teams, now), d => change?.Invoke(d));
        string Entra(string issuer) => TestTokens.Mint(TestTokens.EntraToken(TestKeys.Entra, issuer));
        var valid = Channel();
        var refused = new[] { 401 };
        var cases = new List<Case>
        {
            new("valid channel token", $"Bearer {valid}", [200]),
            new("no Authorization header", null, refused),
            new("wrong scheme (Basic)", "Basic dXNlcjpwYXNz", refused),
            new("wrong scheme (token without Bearer)", valid, refused),
            new("garbage", "Bearer garbage.garbage.garbage", refused),
            new("expired (1 h ago)", $"Bearer {Channel(d => (d.NotBefore, d.IssuedAt, d.Expires) = (now.AddHours(-2).UtcDateTime, now.AddHours(-2).UtcDateTime, now.AddHours(-1).UtcDateTime))}", refused),
            new("not yet valid (in 1 h)", $"Bearer {Channel(d => (d.NotBefore, d.IssuedAt, d.Expires) = (now.AddHours(1).UtcDateTime, now.AddHours(1).UtcDateTime, now.AddHours(2).UtcDateTime))}", refused),
            new("wrong audience (another app id)", $"Bearer {Channel(d => d.Audience = Guid.NewGuid().ToString())}", refused),
            new("wrong issuer", $"Bearer {Channel(d => d.Issuer = "https://api.botframework.com.evil.example")}", refused),
            new("another tenant's Entra token (v2 issuer)", $"Bearer {Entra($"https://login.microsoftonline.com/{OtherTenant}/v2.0")}", refused),
            new("another tenant's Entra token (v1 issuer)", $"Bearer {Entra($"https://sts.windows.net/{OtherTenant}/")}", refused),
            new("Entra token, issuer of the Bot Service tenant but signed by a Bot Framework key", $"Bearer {TestTokens.Mint(TestTokens.EntraToken(TestKeys.Teams, $"https://login.microsoftonline.com/{TestBot.BotServiceTenant}/v2.0"))}", refused),
            new("unknown signing key", $"Bearer {Channel(key: TestKeys.Unpublished)}", refused),
            new("another key claiming a published key id", $"Bearer {Channel(key: TestKeys.Impostor)}", refused),
            new("alg=none", $"Bearer {TestTokens.Unsigned(TestKeys.Teams.KeyId)}", refused),
            new("HS256 signed with the public key", $"Bearer {Hs256WithPublicKey(valid)}", refused),
            new("key not endorsed for msteams", $"Bearer {Channel(key: TestKeys.WebChatOnly)}", [401, 403]),
            new("serviceurl claim for another region", $"Bearer {Channel(d => d.Claims["serviceurl"] = "https://smba.trafficmanager.net/emea/")}", refused),
            new("activity serviceUrl elsewhere (http://169.254.169.254/)", $"Bearer {valid}", refused, a => a.ServiceUrl = "http://169.254.169.254/"),
            new("activity serviceUrl elsewhere (https://attacker.example/)", $"Bearer {valid}", refused, a => a.ServiceUrl = "https://attacker.example/"),
            new("Entra token without serviceurl claim, activity serviceUrl http://169.254.169.254/",
                $"Bearer {Entra($"https://login.microsoftonline.com/{TestBot.BotServiceTenant}/v2.0")}", [400, 401], a => a.ServiceUrl = "http://169.254.169.254/"),
            new("Entra token without serviceurl claim, activity serviceUrl https://attacker.example/ (not a channel host)",
                $"Bearer {Entra($"https://login.microsoftonline.com/{TestBot.BotServiceTenant}/v2.0")}", refused, a => a.ServiceUrl = "https://attacker.example/"),
            new("payload tampered after signing (serviceurl)", $"Bearer {TamperPayload(valid, p => p["serviceurl"] = "https://attacker.example/")}", refused, a => a.ServiceUrl = "https://attacker.example/"),
            new("payload tampered after signing (audience)", $"Bearer {TamperPayload(Channel(d => d.Audience = Guid.NewGuid().ToString()), p => p["aud"] = TestBot.AppId)}", refused),
        };

        var rows = new List<(string Case, string Expected, int Actual, bool Ok)>();
        foreach (var attack in cases)
        {
            var (status, ok) = await SendAsync(attack);
            rows.Add((attack.Name, string.Join("/", attack.Expected), status, ok));
        }

        // The valid token, replayed after the clock has moved past its expiry (+ the 5-minute skew).
        bot.Clock!.Advance(TimeSpan.FromMinutes(59) + JwtBotRequestAuthenticator.ClockSkew + TimeSpan.FromMinutes(1));
        var replay = new Case("valid token replayed after expiry", $"Bearer {valid}", refused);
        var (replayStatus, replayOk) = await SendAsync(replay);
        rows.Add((replay.Name, "401", replayStatus, replayOk));

        output.WriteLine($"{"case",-90} {"expected",9} {"actual",7}");
        foreach (var (name, expected, actual, ok) in rows)
        {
            output.WriteLine($"{name,-90} {expected,9} {actual,7}{(ok ? string.Empty : "  <-- FAILED")}");
        }

        output.WriteLine($"{rows.Count} cases, {rows.Count(r => r.Actual != 200)} refused, {rows.Count(r => !r.Ok)} failed");
        Assert.All(rows, r => Assert.True(r.Ok, $"{r.Case}: expected {r.Expected}, got {r.Actual} (or it ran a turn, wrote or sent something)"));
    }

    /// <summary>Sends a message from a new person: accepted, it records them and answers; refused, nothing may change.</summary>
    private async Task<(int Status, bool Ok)> SendAsync(Case attack)
    {
        var before = await CountsAsync();
        var fingerprint = await DatabaseFingerprint.TakeAsync(bot);
        var sentBefore = bot.Connector.Requests.Count;
        var user = TeamsUser.New("Ny Person");
        var activity = Activities.Message(user, "hjälp");
        activity.ServiceUrl = TestBot.ServiceUrl;
        attack.Change?.Invoke(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), Encoding.UTF8, "application/json"),
        };
        if (attack.Header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", attack.Header);
        }

        using var response = await bot.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        bool ok;
        await using var db = bot.OpenDatabase();
        var recorded = await db.Users.AnyAsync(u => u.AadObjectId == user.AadObjectId, TestContext.Current.CancellationToken);
        if (status == 200)
        {
            ok = attack.Expected.Contains(200) && recorded && bot.Connector.Requests.Count > sentBefore;
        }
        else
        {
            ok = attack.Expected.Contains(status) && !recorded && bot.Connector.Requests.Count == sentBefore
                && before == await CountsAsync() && fingerprint.Changes(await DatabaseFingerprint.TakeAsync(bot)).Count == 0;
        }

        return (status, ok);
    }

    /// <summary>Row counts of the tables a turn writes first, including what the fingerprint leaves out.</summary>
    private async Task<string> CountsAsync()
    {
        await using var db = bot.OpenDatabase();
        return $"{await db.Users.CountAsync()}/{await db.ConversationReferences.CountAsync()}/{await db.ProcessedActivities.CountAsync()}/{await db.AuditEntries.CountAsync()}/{await db.OutboxMessages.CountAsync()}";
    }

    /// <summary>The classic key-confusion forgery: the claims of <paramref name="token"/>, HS256-signed with the RSA public key's PEM as the secret.</summary>
    private static string Hs256WithPublicKey(string token)
    {
        var jwk = TestKeys.Teams.ToJwk();
        using var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes((string)jwk["n"]), Exponent = Base64UrlEncoder.DecodeBytes((string)jwk["e"]) });
        var header = Base64UrlEncoder.Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{TestKeys.Teams.KeyId}}"}""");
        var signed = $"{header}.{token.Split('.')[1]}";
        var signature = HMACSHA256.HashData(Encoding.ASCII.GetBytes(rsa.ExportSubjectPublicKeyInfoPem()), Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The token with its payload changed and the original signature kept.</summary>
    private static string TamperPayload(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync();
        await metadata.DisposeAsync();
    }
}
