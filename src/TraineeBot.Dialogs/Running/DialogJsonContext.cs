using System.Text.Json.Serialization;

namespace TraineeBot.Dialogs;

/// <summary>System.Text.Json source generation for the run state (store it as JSON; it round-trips exactly).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DialogRunState))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
