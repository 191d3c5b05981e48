using System.Globalization;
using System.Text;

namespace TraineeBot.Core.Conversations;

/// <summary>Commands any user can give in any state of the conversation.</summary>
public enum ConversationCommand
{
    None,
    Help,
    English,
    Swedish,
    SwitchLanguage,
    Cancel,

    /// <summary>The user asks for a person's help ("jag behöver hjälp"): never answered by a dialog.</summary>
    NeedHelp,
}

/// <summary>
/// Recognises the conversation commands in what a user wrote: whole-message matches, case-, accent- and
/// punctuation-insensitive ("Hjälp!", "hjalp", "HELP?"), so a sentence that merely contains a word is not a command —
/// except a request for help, which also counts when the sentence goes on.
/// </summary>
public static class ConversationCommands
{
    private static readonly Dictionary<string, ConversationCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["hjalp"] = ConversationCommand.Help,
        ["help"] = ConversationCommand.Help,
        ["?"] = ConversationCommand.Help,
        ["meny"] = ConversationCommand.Help,
        ["menu"] = ConversationCommand.Help,
        ["vad kan du"] = ConversationCommand.Help,
        ["vad kan du gora"] = ConversationCommand.Help,
        ["what can you do"] = ConversationCommand.Help,
        ["english"] = ConversationCommand.English,
        ["engelska"] = ConversationCommand.English,
        ["in english"] = ConversationCommand.English,
        ["pa engelska"] = ConversationCommand.English,
        ["english please"] = ConversationCommand.English,
        ["svenska"] = ConversationCommand.Swedish,
        ["swedish"] = ConversationCommand.Swedish,
        ["pa svenska"] = ConversationCommand.Swedish,
        ["in swedish"] = ConversationCommand.Swedish,
        ["avbryt"] = ConversationCommand.Cancel,
        ["cancel"] = ConversationCommand.Cancel,
        ["sluta"] = ConversationCommand.Cancel,
        ["avsluta"] = ConversationCommand.Cancel,
        ["stopp"] = ConversationCommand.Cancel,
        ["stop"] = ConversationCommand.Cancel,
        ["jag behover hjalp"] = ConversationCommand.NeedHelp,
        ["behover hjalp"] = ConversationCommand.NeedHelp,
        ["hjalp mig"] = ConversationCommand.NeedHelp,
        ["jag behover hjalp nu"] = ConversationCommand.NeedHelp,
        ["i need help"] = ConversationCommand.NeedHelp,
        ["need help"] = ConversationCommand.NeedHelp,
        ["help me"] = ConversationCommand.NeedHelp,
        ["byt sprak"] = ConversationCommand.SwitchLanguage,
        ["change language"] = ConversationCommand.SwitchLanguage,
        ["switch language"] = ConversationCommand.SwitchLanguage,
    };

    /// <summary>A message that starts with one of these asks for help even when it goes on ("jag behöver hjälp med schemat").</summary>
    private static readonly string[] NeedHelpOpenings = ["jag behover hjalp ", "behover hjalp ", "i need help ", "need help "];

    public static ConversationCommand Parse(string? text)
    {
        var normalized = Normalize(text);
        if (Phrases.TryGetValue(normalized, out var command))
        {
            return command;
        }

        return NeedHelpOpenings.Any(o => normalized.StartsWith(o, StringComparison.Ordinal))
            ? ConversationCommand.NeedHelp
            : ConversationCommand.None;
    }

    /// <summary>Lower case, accents removed (å→a, ö→o), punctuation around words dropped, spaces collapsed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsPunctuation(c) && c != '?')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        // A lone "?" asks for help; a question mark after words is just punctuation.
        return result == "?" ? result : result.Replace("?", string.Empty, StringComparison.Ordinal).TrimEnd();
    }
}
