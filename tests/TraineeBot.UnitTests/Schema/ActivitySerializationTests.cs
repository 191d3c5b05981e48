using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;

namespace TraineeBot.UnitTests.Schema;

public sealed class ActivitySerializationTests
{
    public static TheoryData<string> Fixtures() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures"), "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_Teams_payload_survives_a_round_trip_unchanged(string fixture)
    {
        var original = Read(fixture);

        var activity = JsonSerializer.Deserialize(original, BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)),
            $"Round trip changed {fixture}:\n{written}");
    }

    [Fact]
    public void Teams_fields_are_read_into_the_typed_model()
    {
        var activity = Parse("message-with-mention.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("6b5b8e2c-0c52-4a43-9f3a-0d2a4b8e9f21", activity.From?.AadObjectId);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.TenantId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.ChannelData?.Tenant?.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 14, 2, TimeSpan.Zero).AddTicks(3366791), activity.TimestampUtc);
        Assert.Equal("sv-SE", activity.GetClientLocale());
        Assert.Equal("hjälp", activity.TextWithoutBotMention());
    }

    [Fact]
    public void Team_and_channel_come_from_channelData()
    {
        var activity = Parse("channel-message.json");

        Assert.Equal("Traineeprogrammet", activity.ChannelData?.Team?.Name);
        Assert.Equal("2a5c1f8e-7b3d-4e6a-9c1f-0b8d2e4a6c3f", activity.ChannelData?.Team?.AadGroupId);
        Assert.Equal("19:c1b8f2@thread.tacv2", activity.ChannelData?.Channel?.Id);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("status", activity.TextWithoutBotMention());
    }

    [Fact]
    public void An_adaptive_card_action_carries_verb_and_data()
    {
        var activity = Parse("invoke-adaptive-card-action.json");

        Assert.True(activity.IsInvoke);
        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        Assert.Equal("supervisorCheckIn", activity.Value?["action"]?["verb"]?.GetValue<string>());
        Assert.Equal("4", activity.Value?["action"]?["data"]?["attendance"]?.GetValue<string>());
    }

    [Fact]
    public void Installation_and_reaction_fields_are_typed()
    {
        Assert.Equal("add", Parse("installation-update-add.json").Action);
        Assert.Equal("like", Assert.Single(Parse("message-reaction.json").ReactionsAdded!).Type);
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", Assert.Single(Parse("conversation-update-members-added.json").MembersAdded!).Id);
    }

    [Fact]
    public void Unknown_fields_at_any_level_are_kept()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"29:x","userRole":"user"},
             "conversation":{"id":"a:1","extra":true},"channelData":{"tenant":{"id":"t","region":"emea"},"newThing":1}}
            """;

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!, BotJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void A_mention_of_someone_else_is_not_removed()
    {
        var activity = new Activity
        {
            Text = "<at>Karin</at> hjälp",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Properties = new()
                    {
                        ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "29:karin", name = "Karin" }),
                        ["text"] = JsonSerializer.SerializeToElement("<at>Karin</at>"),
                    },
                },
            ],
        };

        Assert.Equal("<at>Karin</at> hjälp", activity.TextWithoutBotMention());
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender()
    {
        var activity = Parse("message-with-mention.json");

        var reply = activity.CreateReply("hej");

        Assert.Equal(activity.From?.Id, reply.Recipient?.Id);
        Assert.Equal(activity.Recipient?.Id, reply.From?.Id);
        Assert.Equal(activity.Conversation?.Id, reply.Conversation?.Id);
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Equal(activity.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    private static string Read(string fixture) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture));

    private static Activity Parse(string fixture) => JsonSerializer.Deserialize(Read(fixture), BotJsonContext.Default.Activity)!;
}
