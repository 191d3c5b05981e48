using TraineeBot.BotFramework.Schema;
using TraineeBot.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TraineeBot.TurnBench;

/// <summary>One turn of the script: what the user sends and how many activities the bot answers with.</summary>
public sealed class ScriptStep
{
    /// <summary><c>install</c> (installationUpdate add) or <c>message</c>.</summary>
    public string Type { get; set; } = "message";

    public string? Text { get; set; }

    public int Replies { get; set; } = 1;

    public Activity Build(TeamsUser user, Uri serviceUrl)
    {
        var activity = Type switch
        {
            "install" => Activities.InstallationAdd(user),
            "message" => Activities.Message(user, Text ?? throw new InvalidOperationException("A message step needs a text.")),
            _ => throw new InvalidOperationException($"Unknown step type '{Type}' (install or message)."),
        };
        activity.ServiceUrl = serviceUrl.AbsoluteUri;
        return activity;
    }
}

/// <summary>The script every conversation runs: <see cref="Setup"/> once (during the warm-up), then <see cref="Loop"/> over and over.</summary>
public sealed class Script
{
    public List<ScriptStep> Setup { get; set; } = [];

    public List<ScriptStep> Loop { get; set; } = [];

    public static Script Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var script = deserializer.Deserialize<Script>(File.ReadAllText(path));
        return script.Loop.Count == 0 ? throw new InvalidOperationException($"{path}: the loop has no steps.") : script;
    }
}
