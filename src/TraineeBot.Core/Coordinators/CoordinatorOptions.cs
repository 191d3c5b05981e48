namespace TraineeBot.Core.Coordinators;

/// <summary>Configuration section <c>Coordinators</c>.</summary>
public sealed class CoordinatorOptions
{
    public const string Section = "Coordinators";

    /// <summary>E-mail addresses of coordinators who see every trainee, not only their own caseload (a grant; empty by default).</summary>
    public IList<string> SeeAll { get; } = [];
}
