using System.Text.Json.Nodes;

namespace TraineeBot.Dialogs;

/// <summary>
/// What a step (or a form field) accepts as an answer, and how it reads, shows and checks answers. Parsing never
/// throws: any text is either accepted or rejected with a problem in the user's language.
/// </summary>
public abstract class AnswerSpec
{
    public abstract StepKind Kind { get; }

    /// <summary>The answers to pick from, in order (choice, scale, yes/no); empty for the other kinds.</summary>
    public virtual bool HasOptions => false;

    /// <summary>Reads a typed answer, or a value a card sent.</summary>
    public abstract AnswerParseResult Parse(string input, DialogContext context);

    /// <summary>The stored value as the user reads it, in <paramref name="language"/>.</summary>
    public abstract string Display(JsonNode value, string language);

    /// <summary>The stored value as a card input sends it (to prefill a card), which <see cref="Parse"/> accepts again.</summary>
    public abstract string CardValue(JsonNode value, string language);

    /// <summary>Whether a stored value is still a valid answer (used when a definition has changed under a running dialog).</summary>
    public abstract bool Accepts(JsonNode value, DialogContext context);

    public virtual IReadOnlyList<AnswerOption> Options(string language) => [];

    /// <summary>An example of a valid answer, for users who have tried several times; null where options are shown.</summary>
    public virtual string? Example(DialogContext context) => null;

    /// <summary>Adds this kind's limits (lengths, ranges, dates) to a card input.</summary>
    internal virtual AskField Describe(AskField field, DialogContext context) => field;

    private protected static AnswerParseResult Reject(string language, string key, params object?[] args) =>
        AnswerParseResult.Reject(DialogTexts.Get(language, key, args));
}
