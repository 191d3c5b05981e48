namespace TraineeBot.Core.Directory;

/// <summary>
/// The directory could not answer: a permission is missing, it kept throttling or failing after the retries, or it
/// cannot be reached. The message says which, without personal data.
/// </summary>
public sealed class UserDirectoryException : Exception
{
    public UserDirectoryException()
    {
    }

    public UserDirectoryException(string message)
        : base(message)
    {
    }

    public UserDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
