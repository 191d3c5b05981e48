using System.Reflection;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Infrastructure.Persistence;

namespace TraineeBot.IntegrationTests.Security.Access;

/// <summary>
/// Handlers cannot bypass the access policy: every command (<see cref="IMessageFeature"/>), card action
/// (<see cref="ICardAction"/>) and download (<see cref="IDownloadSource"/>) that reaches a store marked
/// <see cref="PersonalDataAttribute"/> — directly or through the services it uses — must itself depend on
/// <see cref="IAccessPolicy"/> or on an <see cref="AccessGuardAttribute">access guard</see>, and every guard must depend on
/// the policy. Found by reflection over the bot's assemblies, so a new handler is checked without being listed.
/// </summary>
public sealed class AccessArchitectureTests(ITestOutputHelper output)
{
    private static readonly Assembly[] BotAssemblies = [typeof(IAccessPolicy).Assembly, typeof(TraineeBotDbContext).Assembly];

    private static readonly Type[] HandlerInterfaces = [typeof(IMessageFeature), typeof(ICardAction), typeof(IDownloadSource)];

    private static readonly Type[] AllTypes = [.. BotAssemblies.SelectMany(a => a.GetTypes())];

    [Fact]
    public void Every_handler_that_reaches_personal_data_asks_the_access_policy()
    {
        var handlers = AllTypes.Where(t => t is { IsAbstract: false, IsInterface: false } && HandlerInterfaces.Any(i => i.IsAssignableFrom(t))).ToList();
        var violations = new List<string>();
        var reaching = 0;
        foreach (var handler in handlers)
        {
            var personal = PersonalDataReached(handler, []);
            if (personal.Count == 0)
            {
                continue;
            }

            reaching++;
            if (!Dependencies(handler).Any(IsGuard))
            {
                violations.Add($"{handler.FullName} reaches {string.Join(", ", personal.Select(p => p.Name))} without IAccessPolicy or an [AccessGuard]");
            }
        }

        output.WriteLine($"{handlers.Count} handlers; {reaching} reach personal data; {violations.Count} without the policy");
        Assert.True(handlers.Count >= 30, $"Only {handlers.Count} handlers found: the scan is broken.");
        Assert.True(reaching >= 20, $"Only {reaching} handlers reach personal data: the [PersonalData] marks are missing.");
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void Every_access_guard_depends_on_the_policy_or_on_another_guard()
    {
        var guards = AllTypes.Where(t => t.GetCustomAttribute<AccessGuardAttribute>() is not null).ToList();
        Assert.True(guards.Count >= 5, $"Only {guards.Count} guards found.");
        Assert.All(guards, guard => Assert.True(Dependencies(guard).Any(d => d != guard && IsGuard(d)), $"{guard.Name} is marked [AccessGuard] but asks no policy."));
        // And the chain ends at the policy: some guard depends on it directly.
        Assert.Contains(guards, guard => Dependencies(guard).Contains(typeof(IAccessPolicy)));
    }

    [Fact]
    public void The_check_finds_a_handler_that_reads_personal_data_without_the_policy()
    {
        Assert.NotEmpty(PersonalDataReached(typeof(SneakyHandler), []));
        Assert.DoesNotContain(Dependencies(typeof(SneakyHandler)), IsGuard);
    }

    /// <summary>The policy, a guard, or an interface whose every implementation is a guard.</summary>
    private static bool IsGuard(Type type) =>
        type == typeof(IAccessPolicy) || type.GetCustomAttribute<AccessGuardAttribute>() is not null
        || (type.IsInterface && BotAssemblies.Contains(type.Assembly) && Implementations(type).ToList() is { Count: > 0 } all
            && all.All(t => t.GetCustomAttribute<AccessGuardAttribute>() is not null));

    private static IEnumerable<Type> Implementations(Type contract) =>
        AllTypes.Where(t => t is { IsAbstract: false, IsInterface: false } && contract.IsAssignableFrom(t));

    private static IEnumerable<Type> Dependencies(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).Distinct();

    /// <summary>The [PersonalData] stores <paramref name="type"/> reaches through its constructor dependencies (and their implementations).</summary>
    private static List<Type> PersonalDataReached(Type type, HashSet<Type> seen)
    {
        var found = new List<Type>();
        if (!seen.Add(type))
        {
            return found;
        }

        foreach (var dependency in Dependencies(type))
        {
            if (dependency.GetCustomAttribute<PersonalDataAttribute>() is not null)
            {
                found.Add(dependency);
            }
            else if (IsGuard(dependency))
            {
                // What a guard reads is read under the policy.
            }
            else if (dependency.IsInterface && BotAssemblies.Contains(dependency.Assembly))
            {
                foreach (var implementation in Implementations(dependency))
                {
                    found.AddRange(PersonalDataReached(implementation, seen));
                }
            }
            else if (dependency.IsClass && BotAssemblies.Contains(dependency.Assembly))
            {
                found.AddRange(PersonalDataReached(dependency, seen));
            }
        }

        return [.. found.Distinct()];
    }

    /// <summary>What the check must catch: a card action straight to a store of trainees' answers.</summary>
    private sealed class SneakyHandler(Core.Trainees.CheckIns.ICheckInStore store)
    {
        public Core.Trainees.CheckIns.ICheckInStore Store => store;
    }
}
