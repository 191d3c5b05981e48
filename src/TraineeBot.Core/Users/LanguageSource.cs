namespace TraineeBot.Core.Users;

/// <summary>Where a user's language came from, so the client's locale applies only until the user chooses.</summary>
public enum LanguageSource
{
    /// <summary>Nothing told us yet; Swedish.</summary>
    Default = 0,

    /// <summary>The Teams client's locale.</summary>
    ClientLocale = 1,

    /// <summary>The user said "english" / "svenska"; never overridden by the client.</summary>
    UserChoice = 2,
}
