namespace TraineeBot.Cards.Templating;

/// <summary>An expression that failed while rendering where the oracle fails too (for example an index out of range).</summary>
internal sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message)
        : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
