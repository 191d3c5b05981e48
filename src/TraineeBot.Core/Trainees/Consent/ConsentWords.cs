using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>What a trainee may type about consent: whole messages, case-, accent- and punctuation-insensitive.</summary>
public enum ConsentWord
{
    None,

    /// <summary>"ja", "yes": a yes while the question is open.</summary>
    Yes,

    /// <summary>"jag godkänner", "I agree": a yes at any time.</summary>
    Agree,

    /// <summary>"nej", "no".</summary>
    No,

    /// <summary>"samtycke", "consent": show the question (again).</summary>
    Show,
}

public static class ConsentWords
{
    private static readonly Dictionary<string, ConsentWord> Phrases = new(StringComparer.Ordinal)
    {
        ["ja"] = ConsentWord.Yes,
        ["ja tack"] = ConsentWord.Yes,
        ["japp"] = ConsentWord.Yes,
        ["yes"] = ConsentWord.Yes,
        ["yes please"] = ConsentWord.Yes,
        ["ok"] = ConsentWord.Yes,
        ["okej"] = ConsentWord.Yes,
        ["jag godkanner"] = ConsentWord.Agree,
        ["ja jag godkanner"] = ConsentWord.Agree,
        ["godkanner"] = ConsentWord.Agree,
        ["jag samtycker"] = ConsentWord.Agree,
        ["i agree"] = ConsentWord.Agree,
        ["yes i agree"] = ConsentWord.Agree,
        ["agree"] = ConsentWord.Agree,
        ["i consent"] = ConsentWord.Agree,
        ["i accept"] = ConsentWord.Agree,
        ["nej"] = ConsentWord.No,
        ["nej tack"] = ConsentWord.No,
        ["no"] = ConsentWord.No,
        ["no thanks"] = ConsentWord.No,
        ["jag godkanner inte"] = ConsentWord.No,
        ["i do not agree"] = ConsentWord.No,
        ["i dont agree"] = ConsentWord.No,
        ["samtycke"] = ConsentWord.Show,
        ["mitt samtycke"] = ConsentWord.Show,
        ["consent"] = ConsentWord.Show,
        ["my consent"] = ConsentWord.Show,
    };

    public static ConsentWord Parse(string? text) =>
        Phrases.TryGetValue(ConversationCommands.Normalize(text), out var word) ? word : ConsentWord.None;
}
