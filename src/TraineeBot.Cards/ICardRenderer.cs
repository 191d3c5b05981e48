using System.Text.Json.Nodes;

namespace TraineeBot.Cards;

/// <summary>Renders an Adaptive Card template from <c>cards/</c> with data. The card's own JSON is never mutated.</summary>
public interface ICardRenderer
{
    /// <param name="templateName">File name in <c>cards/</c> without <c>.json</c>, e.g. <c>welcome</c>.</param>
    /// <param name="data">The <c>$root</c> data object the <c>${…}</c> expressions read from.</param>
    JsonObject Render(string templateName, JsonObject data);
}
