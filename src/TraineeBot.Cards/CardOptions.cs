namespace TraineeBot.Cards;

public sealed class CardOptions
{
    public const string SectionName = "Cards";

    /// <summary>Folder with the card templates; relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = "cards";
}
