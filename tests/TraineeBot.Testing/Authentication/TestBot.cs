using TraineeBot.BotFramework.Schema;

namespace TraineeBot.Testing.Authentication;

public static class TestBot
{
    public const string AppId = "3f2c1e64-7b1a-4a57-9a3d-8f0e2b6c9d11";
    public const string TenantId = "5b8e2a61-0c4d-4f7e-9a12-6d3c8b1e7f40";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    /// <summary>Auth v3.1, one of the Bot Service tenants.</summary>
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static Activity TeamsMessage() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Text = "hello",
    };
}
