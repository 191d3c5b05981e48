using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;

namespace TraineeBot.IntegrationTests.Security;

/// <summary>One request to <c>/api/messages</c>: the body as sent, its content type (null = none) and what it was made as.</summary>
internal sealed record FuzzCase(string Kind, byte[] Body, string? ContentType, string? Authorization = null)
{
    /// <summary>Short, printable form of the body for a failure message.</summary>
    public string Preview(int max = 600)
    {
        var text = Encoding.UTF8.GetString(Body);
        return text.Length <= max ? text : $"{text[..max]}… ({Body.Length} bytes)";
    }
}

/// <summary>
/// Seeded generator of activities for <c>/api/messages</c>: valid ones shaped like Teams sends them (messages,
/// installs, conversation updates, card actions with the bot's verbs and random data), then mutated (fields dropped or
/// retyped, huge strings, deep nesting, bad ids, unknown types, repeated ids) and raw bodies that are not activities.
/// </summary>
internal sealed class ActivityFuzzer(int seed)
{
    /// <summary>Over the bot's 256 kB body limit, and a field of at least 100 kB that stays under it.</summary>
    private const int HugeOverLimit = 300 * 1024;
    private const int HugeUnderLimit = 110 * 1024;

    private static readonly string[] Verbs =
    [
        "supervisor.submit", "supervisor.edit", "supervisor.refresh", "supervisor.later",
        "supervisor-flag.call-planned", "supervisor-flag.handled", "case.reply", "case.resolve",
        "coordinator.trainee", "coordinator.hand-over", "renewal.renew", "renewal.wage-phase", "renewal.end",
        "renewal.interrupt", "renewal.open", "registration.submit", "registration.new", "checkin.continue",
        "start.arrived", "start.cannot-come", "consent.give", "consent.refuse", "matching.suggest", "matching.withdraw",
        "no.such.verb", "", " ",
    ];

    private static readonly string[] DataKeys =
    [
        "caseId", "checkInId", "traineeId", "runId", "dialogRun", "dialogId", "placementId", "openingId", "periodId",
        "subjectUserId", "coordinatorId", "userId", "reply", "remindOn", "renewal", "decided", "nominalDate", "reason",
        "wagePhase", "months", "answer", "answers", "problem", "language", "email", "name", "workplace", "area", "start",
        "end", "hours", "consent", "currentAnswer", "score", "status", "kind", "verb", "view", "state", "date",
    ];

    private static readonly string[] Texts =
    [
        "hjälp", "help", "english", "svenska", "engelska", "avbryt", "cancel", "meny", "menu", "stopp", "paus", "ja", "nej",
        "jag behöver hjälp", "I need help", "status", "vilka praktikanter", "registrera", "ny praktikant", "hej", "",
        "   ", "\u0000", "\u202Eevil", "😀😀😀", "<at>TraineeBot</at> hjälp", "'; DROP TABLE Users; --", "{{name}}", "${x}",
        "ﬃ ǅ İ ß", "\r\n\t", "%s%s%n", "../../../etc/passwd", "1", "-1", "99999999999999999999", "2026-02-30",
    ];

    private static readonly string[] Locales = ["sv-SE", "en-US", "en", "sv", "fi-FI", "ar-SA", "", "xx", "not a locale", "zz-ZZ-x-private", "C"];

    private static readonly string[] Types =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        "messageReaction", "typing", "endOfConversation", "messageUpdate", "messageDelete", "event", "trace", "handoff",
        "deleteUserData", "suggestion", "MESSAGE", "Invoke", "unknownType", " ", "message ", "\u0000",
    ];

    private static readonly JsonSerializerOptions Unlimited = new() { MaxDepth = 100_000 };

    private readonly Random random = new(seed);
    private readonly List<TeamsUser> users = [];
    private readonly List<string> usedIds = [];

    public FuzzCase Next()
    {
        if (users.Count == 0)
        {
            for (var i = 0; i < 24; i++)
            {
                var n = SeededGuid().ToString("N");
                users.Add(new TeamsUser($"29:{n}", $"Fuzz {i}", SeededGuid().ToString(), $"a:{n}", i % 3 == 0 ? "en-US" : "sv-SE"));
            }
        }

        var roll = random.NextDouble();
        if (roll < 0.30)
        {
            var (kind, node) = Valid();
            return Json(kind, node);
        }

        if (roll < 0.85)
        {
            var (kind, node) = Valid();
            var mutations = 1 + random.Next(3);
            var names = new List<string>();
            for (var i = 0; i < mutations; i++)
            {
                names.Add(Mutate(node));
            }

            return Json($"{kind}+{string.Join('+', names)}", node);
        }

        return Raw();
    }

    private FuzzCase Json(string kind, JsonNode node)
    {
        var body = Encoding.UTF8.GetBytes(node.ToJsonString(Unlimited));
        RememberId(node);
        return random.Next(40) switch
        {
            0 => new FuzzCase(kind + "+contentType:utf8", body, "application/json; charset=utf-8"),
            1 => new FuzzCase(kind + "+contentType:upper", body, "APPLICATION/JSON"),
            2 => new FuzzCase(kind + "+auth:garbage", body, "application/json", "Bearer not.a.jwt"),
            _ => new FuzzCase(kind, body, "application/json"),
        };
    }

    private void RememberId(JsonNode node)
    {
        if (node is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length < 200 && usedIds.Count < 500)
        {
            usedIds.Add(id);
        }
    }

    private (string Kind, JsonObject Node) Valid()
    {
        var user = users[random.Next(users.Count)];
        Activity activity;
        string kind;
        switch (random.Next(10))
        {
            case 0 or 1 or 2:
                kind = "message";
                activity = Activities.Message(user, Pick(Texts));
                if (random.Next(4) == 0)
                {
                    activity.Entities = [new Entity { Type = "mention" }];
                }

                break;
            case 3:
                kind = "message.submit";
                activity = Activities.Message(user, random.Next(3) == 0 ? "x" : string.Empty);
                var submitted = RandomData();
                submitted["verb"] = Pick(Verbs);
                activity.Value = submitted;
                activity.ReplyToId = random.Next(2) == 0 ? $"activity-{random.Next(1000)}" : null;
                break;
            case 4:
                kind = "installationUpdate";
                activity = random.Next(2) == 0 ? Activities.InstallationAdd(user) : Activities.InstallationRemove(user);
                if (random.Next(4) == 0)
                {
                    activity.Action = Pick(["add-upgrade", "remove-upgrade", "upgrade", "", "ADD"]);
                }

                break;
            case 5:
                kind = "conversationUpdate";
                activity = Activities.MembersAdded(user, random.Next(2) == 0);
                break;
            case 6 or 7 or 8:
                kind = "invoke.cardAction";
                activity = Activities.CardAction(user, Pick(Verbs), RandomData());
                activity.ReplyToId = random.Next(2) == 0 ? $"activity-{random.Next(1000)}" : null;
                break;
            default:
                kind = "other";
                activity = Activities.Message(user, "x");
                activity.Type = Pick(["messageReaction", "typing", "event", "messageUpdate", "messageDelete", "endOfConversation", "invoke"]);
                if (activity.Type == ActivityTypes.Invoke)
                {
                    activity.Name = Pick(["signin/verifyState", "task/fetch", "composeExtension/query", "fileConsent/invoke", "adaptiveCard/action"]);
                    activity.Value = RandomData();
                }

                break;
        }

        activity.Id = $"f:{SeededGuid():N}";
        var node = JsonSerializer.SerializeToNode(activity, BotJsonContext.Default.Activity)!.AsObject();
        return (kind, node);
    }

    private JsonObject RandomData()
    {
        var data = new JsonObject();
        var count = random.Next(5);
        for (var i = 0; i < count; i++)
        {
            data[Pick(DataKeys)] = RandomValue(2);
        }

        return data;
    }

    private JsonNode? RandomValue(int depth) => random.Next(depth > 0 ? 12 : 9) switch
    {
        0 => SeededGuid().ToString(),
        1 => Guid.Empty.ToString(),
        2 => Pick(Texts),
        3 => random.Next(int.MinValue, int.MaxValue),
        4 => random.NextDouble() * 1e12 - 5e11,
        5 => random.Next(2) == 0,
        6 => null,
        7 => new DateOnly(2020, 1, 1).AddDays(random.Next(3000)).ToString("yyyy-MM-dd"),
        8 => Pick(["2026-13-45", "tomorrow", "0001-01-01", "9999-12-31", "NaN", "1e309", "-0", "00000000-0000-0000-0000-00000000000g"]),
        9 => new JsonArray(RandomValue(depth - 1), RandomValue(depth - 1)),
        10 => new JsonObject { [Pick(DataKeys)] = RandomValue(depth - 1) },
        _ => users[random.Next(users.Count)].AadObjectId,
    };

    private string Mutate(JsonObject root)
    {
        switch (random.Next(14))
        {
            case 0:
            {
                var (parent, key) = RandomField(root);
                parent?.Remove(key);
                return $"drop:{key}";
            }
            case 1:
            {
                var (parent, key) = RandomField(root);
                if (parent is not null)
                {
                    parent[key] = WrongType();
                }

                return $"retype:{key}";
            }
            case 2:
            {
                var key = Pick(["text", "id", "name", "locale", "serviceUrl", "channelId", "replyToId", "action", "timestamp", "textFormat"]);
                var huge = HugeString(random.Next(5) == 0 ? HugeOverLimit : HugeUnderLimit);
                root[key] = huge;
                return $"huge:{key}";
            }
            case 3:
            {
                var (account, key) = (Pick(["from", "recipient", "conversation"]), Pick(["id", "name", "aadObjectId", "tenantId", "conversationType"]));
                if (root[account] is JsonObject o)
                {
                    o[key] = random.Next(3) == 0 ? HugeString(HugeUnderLimit) : BadId();
                }

                return $"badid:{account}.{key}";
            }
            case 4:
            {
                var depth = random.Next(3) == 0 ? 200 + random.Next(2000) : 5 + random.Next(55);
                root[Pick(["value", "channelData", "entities", "attachments", "from"])] = Nested(depth);
                return $"nest:{depth}";
            }
            case 5:
                root["type"] = Pick(Types);
                return "type";
            case 6:
                root["id"] = BadId();
                return "id";
            case 7:
                root["id"] = usedIds.Count > 0 ? usedIds[random.Next(usedIds.Count)] : "dup";
                return "dupid";
            case 8:
                root["serviceUrl"] = Pick(["https://smba.trafficmanager.net/emea/", "http://example.com/", "not a url", "ftp://127.0.0.1/", "http://[::1]:1/", "", "http://127.0.0.1:1/", "file:///etc/passwd", "http://127.0.0.1/fake-connector/../../x"]);
                return "serviceUrl";
            case 9:
                root["locale"] = Pick(Locales);
                return "locale";
            case 10:
                root[$"unknown{random.Next(100)}"] = RandomValue(2);
                return "extra";
            case 11:
                root["timestamp"] = Pick(["yesterday", "", "0000-00-00", "9999-12-31T23:59:59Z", "2026-06-30T10:00:00+14:00"]);
                return "timestamp";
            case 12:
                root["value"] = random.Next(2) == 0 ? RandomValue(3) : new JsonObject { ["action"] = RandomValue(3) };
                return "value";
            default:
                root["attachments"] = new JsonArray(new JsonObject { ["contentType"] = Pick(["application/vnd.microsoft.card.adaptive", "image/png", "text/html", ""]), ["content"] = RandomValue(3), ["contentUrl"] = Pick(["http://x/", "", "javascript:alert(1)"]) });
                return "attachments";
        }
    }

    private (JsonObject? Parent, string Key) RandomField(JsonObject root)
    {
        JsonObject current = root;
        for (var i = 0; i < 3; i++)
        {
            if (current.Count == 0)
            {
                break;
            }

            var (key, value) = current.ElementAt(random.Next(current.Count));
            if (value is JsonObject child && child.Count > 0 && random.Next(2) == 0)
            {
                current = child;
                continue;
            }

            return (current, key);
        }

        return current.Count == 0 ? (null, "-") : (current, current.ElementAt(random.Next(current.Count)).Key);
    }

    private JsonNode? WrongType() => random.Next(7) switch
    {
        0 => 42,
        1 => true,
        2 => null,
        3 => new JsonArray(1, "two", null),
        4 => new JsonObject { ["x"] = 1 },
        5 => 1.5e300,
        _ => "string",
    };

    private string BadId() => Pick(
    [
        "", " ", "\u0000", "29:", "a:", "../../x", "%2F%2E%2E", "id with spaces", "\uD800", "😀", new string('x', 4000),
        "29:1\r\n29:2", "null", "<script>", "a:" + SeededGuid() + "/activities/x?y=z#", "29:" + new string('9', 300),
    ]);

    private static JsonNode Nested(int depth)
    {
        JsonNode node = "bottom";
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    private string HugeString(int length)
    {
        var builder = new StringBuilder(length);
        var unit = Pick(["a", "ä", "😀", "\\", "\"", "<at>", "hjälp "]);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private FuzzCase Raw()
    {
        var valid = Encoding.UTF8.GetBytes(Valid().Node.ToJsonString());
        return random.Next(16) switch
        {
            0 => new FuzzCase("raw:empty", [], "application/json"),
            1 => new FuzzCase("raw:literal", Encoding.UTF8.GetBytes(Pick(["null", "[]", "42", "\"activity\"", "true", "{}", "{\"type\":null}", "{\"type\":42}", "{\"type\":\"\"}", "[{\"type\":\"message\"}]"])), "application/json"),
            2 => new FuzzCase("raw:truncated", valid[..random.Next(valid.Length)], "application/json"),
            3 => new FuzzCase("raw:garbage", RandomBytes(random.Next(1, 4096)), "application/json"),
            4 => new FuzzCase("raw:badutf8", [.. "{\"type\":\"message\",\"text\":\""u8.ToArray(), 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8.ToArray()], "application/json"),
            5 => new FuzzCase("raw:bom", [0xEF, 0xBB, 0xBF, .. valid], "application/json"),
            6 => new FuzzCase("raw:text/plain", valid, "text/plain"),
            7 => new FuzzCase("raw:no-content-type", valid, null),
            8 => new FuzzCase("raw:xml", Encoding.UTF8.GetBytes("<activity type=\"message\"/>"), "application/xml"),
            9 => new FuzzCase("raw:form", Encoding.UTF8.GetBytes("type=message&text=hej"), "application/x-www-form-urlencoded"),
            10 => new FuzzCase("raw:jsonish-type", valid, Pick(["application/jsonx", "application/json-patch+json", "text/json", "application/*", "*/*"])),
            11 => new FuzzCase("raw:too-large", [.. valid[..^1], .. Encoding.UTF8.GetBytes(",\"pad\":\"" + HugeString(HugeOverLimit) + "\"}")], "application/json"),
            12 => new FuzzCase("raw:deep", Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)), "application/json"),
            13 => new FuzzCase("raw:dup-props", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"type\":\"invoke\",\"id\":\"1\",\"id\":{\"x\":1}," + Encoding.UTF8.GetString(valid)[1..]), "application/json"),
            14 => new FuzzCase("raw:comments", Encoding.UTF8.GetBytes("/* c */" + Encoding.UTF8.GetString(valid) + ","), "application/json"),
            _ => new FuzzCase("raw:numbers", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"id\":1e999,\"from\":{\"id\":-0},\"text\":12345678901234567890123456789}"), "application/json; charset=\"utf-8\"; x=y"),
        };
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private Guid SeededGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
