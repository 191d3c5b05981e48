namespace TraineeBot.Core.Outbox;

/// <summary>The payload kinds the outbox knows how to render (an <see cref="IOutboxPayloadRenderer"/> each).</summary>
public static class OutboxKinds
{
    /// <summary>A bot text by key, in the recipient's language: <c>{"key":"…","args":["…"]}</c>.</summary>
    public const string Text = "text";

    /// <summary>A card template with data: <c>{"template":"…","data":{…}}</c>; <c>language</c> is added to the data.</summary>
    public const string Card = "card";

    /// <summary>Starts a dialog in the recipient's chat: <c>{"dialog":"…"}</c>; the first question is what is sent.</summary>
    public const string Dialog = "dialog";

    /// <summary>A ready activity (JSON), addressed to the recipient's conversation at delivery.</summary>
    public const string Activity = "activity";

    /// <summary>A coordinator's summary of messages that expired, failed or could not reach their recipient.</summary>
    public const string DeliveryNotice = "delivery-notice";
}
