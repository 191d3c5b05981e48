using Microsoft.Extensions.Options;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Programme;
using TraineeBot.Core.Trainees.Help.Faq;

namespace TraineeBot.Core.Trainees.Help;

/// <summary>
/// A trainee's message nothing else understood: answered from the FAQ when it matches well enough (in the trainee's
/// language); otherwise, when it is a question ("?" at the end, or a question word first), sent to the coordinator as
/// a Question case. Anything else falls through to "not understood".
/// </summary>
internal sealed class QuestionFeature(HelpConversation help, FaqCatalog faq, IOptions<FaqOptions> options) : IMessageFeature
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "vad", "hur", "nar", "var", "vem", "varfor", "kan", "far", "what", "how", "when", "where", "who", "why", "can", "may",
    };

    public int Order => MessageFeatureOrder.Fallback;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text) || await help.TraineeAsync(message.Contact, cancellationToken) is not { } journey)
        {
            return false;
        }

        var language = message.Language;
        if (faq.Match(message.Text, options.Value.Threshold) is { } match)
        {
            await message.Turn.ReplyTextAsync(FaqAnswers.Fill(match.Entry.Answer.Get(language), journey, language), cancellationToken);
            return true;
        }

        if (!IsQuestion(message.Text))
        {
            return false;
        }

        await help.Cases.OpenAsync(new OpenCase(journey.Trainee.Id, CaseKind.Question, message.Text), cancellationToken);
        var sent = HelpTexts.Get(language, "QuestionSent", HelpConversation.CoordinatorName(journey, language));
        await message.Turn.ReplyTextAsync(HelpConversation.WithLongNote(sent, message.Text, language), cancellationToken);
        return true;
    }

    internal static bool IsQuestion(string text)
    {
        if (text.TrimEnd().EndsWith('?'))
        {
            return true;
        }

        var first = ConversationCommands.Normalize(text).Split(' ', 2)[0];
        return QuestionWords.Contains(first);
    }
}
