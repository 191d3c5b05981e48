namespace TraineeBot.Core.Coordinators;

/// <summary>
/// Configuration section <c>Coordinators</c>: the coordinators registered when the bot starts (<see cref="People"/>),
/// who may add coordinators by message (<see cref="Admins"/>), and who sees more than their own caseload.
/// </summary>
public sealed class CoordinatorAccessOptions
{
    public const string Section = "Coordinators";

    /// <summary>
    /// Entra object ids of coordinators who see every coordinator's trainees — in status answers and reports (a
    /// programme lead); everyone else sees their own caseload. Compared without regard to case.
    /// </summary>
    public IList<string> SeeAll { get; } = [];

    /// <summary>
    /// Coordinators registered when the bot starts, if not already there (matched by e-mail): name, e-mail and, when
    /// known, Entra object id. Without an id they are recognised by e-mail when they first write (or from Graph).
    /// </summary>
    public IList<ConfiguredCoordinator> People { get; } = [];

    /// <summary>
    /// Entra object ids of administrators: they may add coordinators by message ("ny koordinator Karin Lind
    /// karin.lind@kommun.se"). Being an administrator shows no one's personal data.
    /// </summary>
    public IList<string> Admins { get; } = [];

    /// <summary>Whether the user with <paramref name="aadObjectId"/> is an administrator.</summary>
    public bool IsAdmin(string? aadObjectId) => Contains(Admins, aadObjectId);

    /// <summary>Whether the user with <paramref name="aadObjectId"/> sees every caseload.</summary>
    public bool SeesAll(string? aadObjectId) => Contains(SeeAll, aadObjectId);

    private static bool Contains(IList<string> ids, string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && ids.Any(id => string.Equals(id.Trim(), aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>A coordinator from configuration (<c>Coordinators:People</c>).</summary>
public sealed class ConfiguredCoordinator
{
    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? AadObjectId { get; set; }
}
