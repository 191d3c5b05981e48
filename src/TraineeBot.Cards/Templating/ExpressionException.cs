namespace TraineeBot.Cards.Templating;

/// <summary>An expression that cannot be used: a syntax error, an unknown function, wrong arguments. Thrown at load only.</summary>
internal sealed class ExpressionException : Exception
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
