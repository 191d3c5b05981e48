using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>What a trainee may ask: whole messages, compared after <see cref="ConversationCommands.Normalize"/>.</summary>
public enum DataRightsRequest
{
    None,
    Export,
    Erase,
    WithdrawConsent,
}

public static class DataRightsPhrases
{
    private static readonly HashSet<string> Erase = new(StringComparer.Ordinal)
    {
        "radera mina uppgifter", "ta bort mina uppgifter", "radera min data", "radera allt om mig",
        "delete my data", "erase my data", "remove my data", "delete my information",
    };

    private static readonly HashSet<string> Export = new(StringComparer.Ordinal)
    {
        "mina uppgifter", "min data", "vad vet du om mig", "my data", "my information", "what do you know about me",
    };

    private static readonly HashSet<string> Withdraw = new(StringComparer.Ordinal)
    {
        "aterkalla samtycke", "aterkalla mitt samtycke", "jag aterkallar mitt samtycke", "jag aterkallar samtycket",
        "aterkalla samtycket", "jag vill aterkalla mitt samtycke", "dra tillbaka samtycke", "dra tillbaka mitt samtycke",
        "withdraw consent", "withdraw my consent", "i withdraw my consent", "i want to withdraw my consent",
        "revoke consent", "revoke my consent",
    };

    public static DataRightsRequest Parse(string? text)
    {
        var said = ConversationCommands.Normalize(text);
        return Erase.Contains(said) ? DataRightsRequest.Erase
            : Export.Contains(said) ? DataRightsRequest.Export
            : Withdraw.Contains(said) ? DataRightsRequest.WithdrawConsent
            : DataRightsRequest.None;
    }
}
