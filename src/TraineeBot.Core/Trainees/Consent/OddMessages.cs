using System.Globalization;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Dialogs;

namespace TraineeBot.Core.Trainees.Consent;

/// <summary>
/// A message over <see cref="Limit"/> characters outside a dialog: the user is told it was long, and the message goes on
/// unchanged to whatever handles it (nothing is cut). Inside a dialog the step's own length rule answers.
/// </summary>
internal sealed class LongMessageNotice(IDialogRunStore runs) : IMessageFeature
{
    public const int Limit = 2000;

    /// <summary>After the consent gate, before the commands.</summary>
    public int Order => MessageFeatureOrder.Gate + 50;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Text.Length > Limit
            && await runs.FindActiveAsync(message.Contact.UserId, message.Contact.ConversationReferenceId, cancellationToken) is null)
        {
            await message.Turn.ReplyTextAsync(ConsentTexts.Get(message.Language, "EdgeLongMessage", message.Text.Length), cancellationToken);
        }

        return false;
    }
}

/// <summary>
/// What nothing else understood and is not text the bot can read: an empty message (a picture, a sticker), only emoji,
/// or a message clearly in another language than Swedish or English. Runs after the dialogs (so 👍 still answers a
/// yes/no question) and before the FAQ fallback.
/// </summary>
internal sealed class OddMessages : IMessageFeature
{
    public int Order => MessageFeatureOrder.Fallback - 10;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null && string.IsNullOrWhiteSpace(message.Text))
        {
            return false; // a card's submit: not the user's typing
        }

        string? answer = null;
        if (!message.Text.Any(char.IsLetterOrDigit))
        {
            answer = ConsentTexts.Get(message.Language, "EdgeNotText");
        }
        else if (LanguageGuess.IsClearlyOtherLanguage(message.Text))
        {
            answer = ConsentTexts.Get(message.Language, "EdgeOtherLanguage");
        }

        if (answer is null)
        {
            return false;
        }

        await message.Turn.ReplyTextAsync(answer, cancellationToken);
        return true;
    }
}

/// <summary>
/// A simple, deliberately cautious guess at "not Swedish or English": mostly letters of a non-Latin script (Arabic,
/// Ge'ez for Tigrinya, Cyrillic…), or mostly common words of Somali, Finnish, Arabic in Latin letters or Tigrinya in
/// Latin letters. A Swedish or English sentence with one foreign word is not caught.
/// </summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> ForeignWords = new(StringComparer.Ordinal)
    {
        // Somali
        "waan", "waxaan", "maxaa", "maxay", "sidee", "tahay", "iska", "waa", "mahadsanid", "salaan", "haa", "maya",
        "fiican", "caawimaad", "shaqo", "aan", "ku", "iyo", "ma", "ii", "baan", "hadda", "garanayo", "fahmin",
        // Finnish
        "kiitos", "minä", "mina", "sinä", "sina", "olen", "mitä", "mita", "miten", "missä", "missa", "ymmärrä", "ymmarra",
        "apua", "hyvä", "hyva", "huomenta", "päivää", "paivaa", "voitko", "haluan", "tarvitsen", "työ", "tyo", "töihin",
        "toihin", "en", "ole", "ei", "kyllä", "kylla", "moi", "terve", "puhu", "suomea", "tänään", "tanaan",
        // Arabic in Latin letters
        "marhaba", "shukran", "salam", "alaikum", "inshallah", "habibi", "ana", "mafi", "kifak", "keefak", "tamam", "ahlan",
        // Tigrinya in Latin letters
        "selam", "kemey", "aleka", "aleki", "yekenyeley", "tsbuq", "hawey",
    };

    /// <summary>Swedish and English words that also occur in the lists above; they never count as foreign.</summary>
    private static readonly HashSet<string> OwnWords = new(StringComparer.Ordinal) { "en", "ana", "ma", "ku", "ei" };

    public static bool IsClearlyOtherLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = 0;
        var nonLatin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c > '\u024F' && !IsLatinExtended(c))
            {
                nonLatin++;
            }
        }

        if (letters == 0)
        {
            return false;
        }

        if (nonLatin * 2 > letters)
        {
            return true;
        }

        var words = text.ToLower(CultureInfo.InvariantCulture)
            .Split([' ', '\t', '\n', '\r', ',', '.', '!', '?', ';', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var strong = words.Count(w => ForeignWords.Contains(w) && !OwnWords.Contains(w));
        var weak = words.Count(w => OwnWords.Contains(w) && ForeignWords.Contains(w));
        // At least one unambiguous foreign word, and foreign words are at least half of the message.
        return strong >= 1 && (strong + weak) * 2 >= words.Length;
    }

    private static bool IsLatinExtended(char c) => c is >= '\u1E00' and <= '\u1EFF';
}
