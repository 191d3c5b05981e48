namespace TraineeBot.Core.Privacy.Access;

/// <summary>
/// Marks a store or query service that reads trainees' personal data. A command, card action or download that depends
/// on one (directly or through the services it uses) must also depend on <see cref="IAccessPolicy"/> or on an
/// <see cref="AccessGuardAttribute">access guard</see>; an architecture test checks every handler in the container.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>
/// Marks a class that asks <see cref="IAccessPolicy"/> on its callers' behalf (e.g. the supervisor card guard, which
/// also checks the card's check-in); it must itself depend on the policy, or on another guard (such as
/// <see cref="OwnJourney"/>) that does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AccessGuardAttribute : Attribute;
