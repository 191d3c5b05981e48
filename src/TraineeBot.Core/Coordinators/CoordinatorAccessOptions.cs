namespace TraineeBot.Core.Coordinators;

/// <summary>Configuration section <c>Coordinators</c>: who sees more than their own caseload.</summary>
public sealed class CoordinatorAccessOptions
{
    public const string Section = "Coordinators";

    /// <summary>
    /// Entra object ids of coordinators who see every coordinator's trainees — in status answers and reports (a
    /// programme lead); everyone else sees their own caseload. Compared without regard to case.
    /// </summary>
    public IList<string> SeeAll { get; } = [];

    /// <summary>Whether the user with <paramref name="aadObjectId"/> sees every caseload.</summary>
    public bool SeesAll(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && SeeAll.Any(id => string.Equals(id.Trim(), aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase));
}
