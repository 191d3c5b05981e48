namespace TraineeBot.Core.Directory;

/// <summary>A person in the organisation's directory (Microsoft Entra ID), as much as the bot needs to reach them.</summary>
/// <param name="AadObjectId">The Entra object id: the same value Teams sends as <c>from.aadObjectId</c>.</param>
public sealed record DirectoryUser(string AadObjectId, string DisplayName, string? Mail, string? UserPrincipalName);
