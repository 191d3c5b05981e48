using Microsoft.Extensions.DependencyInjection;
using TraineeBot.Core.Dialogs;

namespace TraineeBot.Core.Trainees.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The interest inventory (<c>dialogs/interest-inventory.yaml</c>) and suggested work areas.</summary>
    public static IServiceCollection AddInterestInventory(this IServiceCollection services) =>
        services.AddDialogEndAction<SaveInterestProfile>(SaveInterestProfile.ActionName);
}
