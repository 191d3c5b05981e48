namespace TraineeBot.Cards.Templating;

/// <summary>A template that cannot be prepared, with where in the JSON (<c>$.body[2].text</c>) and why.</summary>
internal sealed class TemplateCompileException : Exception
{
    public TemplateCompileException()
    {
    }

    public TemplateCompileException(string message)
        : base(message)
    {
    }

    public TemplateCompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemplateCompileException(string location, string message, Exception? innerException = null)
        : base($"{location}: {message}", innerException)
    {
        Location = location;
    }

    public string Location { get; } = string.Empty;
}
