using TraineeBot.Core.Localization;

namespace TraineeBot.Core.Trainees.Plan;

/// <summary>Dates as the trainee reads them: "tisdag 1 december 2026", "Tuesday 1 December 2026".</summary>
public static class PlanDates
{
    public static string Format(string language, DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", BotTexts.Culture(language));
}
