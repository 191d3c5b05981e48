using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Directory;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Coordinators.Roles;

/// <summary>
/// Who the coordinators are: added from configuration when the bot starts (<see cref="CoordinatorAccessOptions.People"/>)
/// or by an administrator's message. A coordinator is known by e-mail; their Entra id comes from configuration, from
/// the directory when Graph is configured, or from Teams when they first write.
/// </summary>
public sealed partial class CoordinatorRoster(IProgramme programme, IUserDirectory directory, ILogger<CoordinatorRoster> logger)
{
    /// <summary>Adds the coordinator unless one with this e-mail exists; returns them and whether they were added.</summary>
    /// <exception cref="ArgumentException">The name is empty or the e-mail is not an address.</exception>
    public async Task<(Coordinator Coordinator, bool Added)> AddAsync(string name, string email, string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || !ImportValidator.IsEmail(email.Trim()))
        {
            throw new ArgumentException($"A coordinator needs a name and an e-mail address (got '{name}', '{email}').");
        }

        email = email.Trim();
        var existing = (await programme.CoordinatorsAsync(cancellationToken))
            .FirstOrDefault(c => string.Equals(c.Email?.Trim(), email, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return (existing, false);
        }

        aadObjectId = string.IsNullOrWhiteSpace(aadObjectId) ? await LookUpAsync(email, cancellationToken) : aadObjectId.Trim();
        var added = await programme.RegisterCoordinatorAsync(new NewPerson(name.Trim(), email, aadObjectId), null, cancellationToken);
        Log.Added(logger, added.Id, aadObjectId is not null);
        return (added, true);
    }

    /// <summary>Registers <see cref="CoordinatorAccessOptions.People"/> that are not there yet; called once at start.</summary>
    public static async Task RegisterConfiguredAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var roster = scope.ServiceProvider.GetRequiredService<CoordinatorRoster>();
        var log = scope.ServiceProvider.GetRequiredService<ILogger<CoordinatorRoster>>();
        foreach (var person in scope.ServiceProvider.GetRequiredService<IOptions<CoordinatorAccessOptions>>().Value.People)
        {
            try
            {
                await roster.AddAsync(person.Name, person.Email, person.AadObjectId, cancellationToken);
            }
            catch (ArgumentException ex)
            {
                Log.ConfiguredInvalid(log, ex.Message);
            }
        }
    }

    private async Task<string?> LookUpAsync(string email, CancellationToken cancellationToken)
    {
        if (!directory.IsConfigured)
        {
            return null;
        }

        try
        {
            var found = await directory.FindAsync(email, 5, cancellationToken);
            return found.SingleOrDefault(u => string.Equals(u.Mail, email, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.UserPrincipalName, email, StringComparison.OrdinalIgnoreCase))?.AadObjectId;
        }
        catch (UserDirectoryException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Coordinator {CoordinatorId} added (Entra id known: {WithEntraId})")]
        public static partial void Added(ILogger logger, Guid coordinatorId, bool withEntraId);

        [LoggerMessage(EventId = 8402, Level = LogLevel.Error, Message = "A configured coordinator (Coordinators:People) is not registered: {Reason}")]
        public static partial void ConfiguredInvalid(ILogger logger, string reason);
    }
}
