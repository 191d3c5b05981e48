namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>What is already registered, as the validation needs it.</summary>
/// <param name="TraineeEmails">Every registered trainee's e-mail (any coordinator).</param>
public sealed record ImportKnown(IReadOnlySet<string> TraineeEmails, IReadOnlyList<KnownWorkplace> Workplaces)
{
    public static readonly ImportKnown Nothing = new(new HashSet<string>(), []);
}

public sealed record KnownWorkplace(Guid Id, string Name, IReadOnlyList<KnownSupervisor> Supervisors);

public sealed record KnownSupervisor(Guid Id, string Name, string? Email);
