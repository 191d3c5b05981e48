using System.Text.Json.Nodes;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>The consent question (<c>cards/consent.json</c>): who sees what, and two buttons; after a decision, the decision instead of the buttons.</summary>
public static class ConsentCard
{
    public const string TemplateName = "consent";

    /// <summary>The version of the text the trainee is shown; stored with every decision. Bump it when the texts change.</summary>
    public const string TextVersion = "consent-v1";

    public const string GiveVerb = "consent.give";

    public const string RefuseVerb = "consent.refuse";

    /// <param name="decidedText">Shown instead of the buttons once the trainee decided; null while the question is open.</param>
    public static JsonObject Render(ICardRenderer cards, string language, string? name, string coordinatorName, string? decidedText = null)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var firstName = MarkdownText.Escape(WelcomeCard.FirstName(name)) is { Length: > 0 } escaped ? escaped : null;
        var data = new JsonObject
        {
            ["title"] = ConsentTexts.Get(language, "ConsentTitle"),
            ["intro"] = firstName is null ? ConsentTexts.Get(language, "ConsentGreetingUnnamed") : ConsentTexts.Get(language, "ConsentGreeting", firstName),
            ["whoSeesHeading"] = ConsentTexts.Get(language, "ConsentWhoSeesHeading"),
            ["points"] = new JsonArray(
                ConsentTexts.Get(language, "ConsentCoordinatorSees", MarkdownText.Escape(coordinatorName)),
                ConsentTexts.Get(language, "ConsentSupervisorDoesNotSee"),
                ConsentTexts.Get(language, "ConsentWhatIsStored"),
                ConsentTexts.Get(language, "ConsentDeleteLater")),
            ["question"] = ConsentTexts.Get(language, "ConsentQuestion"),
            ["typeHint"] = ConsentTexts.Get(language, "ConsentTypeHint"),
            ["giveButton"] = ConsentTexts.Get(language, "ConsentGiveButton"),
            ["refuseButton"] = ConsentTexts.Get(language, "ConsentRefuseButton"),
            ["decided"] = decidedText is not null,
            ["decidedText"] = decidedText ?? string.Empty,
        };
        return cards.Render(TemplateName, data);
    }

    /// <summary>"You said yes on tuesday 1 december 2026." in the trainee's language.</summary>
    public static string DecidedText(string language, Programme.Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var day = Plan.PlanDates.Format(language, DateOnly.FromDateTime(Localization.StockholmTime.ToLocal(consent.DecidedUtc).DateTime));
        return ConsentTexts.Get(language, consent.Decision == ConsentDecision.Given ? "ConsentDecidedGiven" : "ConsentDecidedRefused", day);
    }
}
