namespace TraineeBot.Testing.FakeGraph;

/// <summary>A user in the fake directory.</summary>
public sealed record FakeGraphUser(string Id, string DisplayName, string? Mail, string UserPrincipalName);
