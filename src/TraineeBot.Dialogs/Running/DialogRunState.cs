using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TraineeBot.Dialogs;

[JsonConverter(typeof(JsonStringEnumConverter<DialogStatus>))]
public enum DialogStatus
{
    Active,
    Completed,
    Cancelled,
}

[JsonConverter(typeof(JsonStringEnumConverter<DialogPhase>))]
public enum DialogPhase
{
    /// <summary>Waiting for the answer to <see cref="DialogRunState.CurrentStepId"/>.</summary>
    Asking,

    /// <summary>The summary is shown; waiting for "ja" or "ändra N".</summary>
    Confirming,

    /// <summary>The user chose to change the answer to <see cref="DialogRunState.CurrentStepId"/> from the summary.</summary>
    ChangingAnswer,
}

/// <summary>
/// Where one user is in one dialog. Immutable: the engine returns a new state each turn. Serialise it with
/// <see cref="DialogJsonContext"/>; it round-trips exactly.
/// </summary>
public sealed class DialogRunState
{
    public DialogRunState()
    {
    }

    internal DialogRunState(DialogRunState other)
    {
        DefinitionId = other.DefinitionId;
        DefinitionVersion = other.DefinitionVersion;
        Status = other.Status;
        CurrentStepId = other.CurrentStepId;
        Phase = other.Phase;
        Answers = other.Answers;
        InvalidAttempts = other.InvalidAttempts;
        FormDraft = other.FormDraft;
    }

    public string DefinitionId { get; init; } = string.Empty;

    /// <summary>The definition's version the answers were given in.</summary>
    public int DefinitionVersion { get; init; }

    public DialogStatus Status { get; init; }

    /// <summary>The step being asked or changed, or the confirm step while confirming; null when the run has ended.</summary>
    public string? CurrentStepId { get; init; }

    public DialogPhase Phase { get; init; }

    /// <summary>Answers by step id, in the order of the steps.</summary>
    public IReadOnlyDictionary<string, Answer> Answers { get; init; } = new Dictionary<string, Answer>(StringComparer.Ordinal);

    /// <summary>Invalid answers to the current step (or the summary) in a row.</summary>
    public int InvalidAttempts { get; init; }

    /// <summary>A form's valid field values (as the card sends them) kept while invalid fields are asked again.</summary>
    public JsonObject? FormDraft { get; init; }
}
