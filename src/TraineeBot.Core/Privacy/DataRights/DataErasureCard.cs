using System.Text.Json.Nodes;
using TraineeBot.Cards;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>"Radera mina uppgifter": what is removed and what stays, and two buttons (<c>cards/data-erasure-confirm.json</c>).</summary>
public static class DataErasureCard
{
    public const string TemplateName = "data-erasure-confirm";

    public const string ConfirmVerb = "data.erase.confirm";

    public const string CancelVerb = "data.erase.cancel";

    /// <param name="decidedText">Shown instead of the explanation and the buttons once the trainee chose; null while open.</param>
    public static JsonObject Render(ICardRenderer cards, string language, string? decidedText = null)
    {
        ArgumentNullException.ThrowIfNull(cards);
        string T(string key) => DataRightsTexts.Get(language, key);
        return cards.Render(TemplateName, new JsonObject
        {
            ["title"] = T("EraseTitle"),
            ["intro"] = T("EraseIntro"),
            ["removedHeading"] = T("EraseRemovedHeading"),
            ["removed"] = new JsonArray(T("EraseRemoved1"), T("EraseRemoved2"), T("EraseRemoved3"), T("EraseRemoved4")),
            ["keptHeading"] = T("EraseKeptHeading"),
            ["kept"] = new JsonArray(T("EraseKept1"), T("EraseKept2")),
            ["confirmButton"] = T("EraseConfirmButton"),
            ["cancelButton"] = T("EraseCancelButton"),
            ["decided"] = decidedText is not null,
            ["decidedText"] = decidedText ?? string.Empty,
        });
    }
}
