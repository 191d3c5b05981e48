namespace TraineeBot.Cards;

/// <summary>A card template that cannot be used: bad JSON, not an Adaptive Card, or a malformed <c>${…}</c>.</summary>
public sealed class CardTemplateException : Exception
{
    public CardTemplateException()
    {
    }

    public CardTemplateException(string message)
        : base(message)
    {
    }

    public CardTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
