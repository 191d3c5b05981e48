using TraineeBot.Core.Programme;
using TraineeBot.Dialogs;

namespace TraineeBot.Core.Supervisors.CheckIns;

/// <summary>
/// The supervisor's card forms, read from <c>dialogs/</c>: <c>supervisor-checkin.yaml</c> and
/// <c>supervisor-certificate.yaml</c> (each a dialog with one form step). A new question is a change there.
/// </summary>
public sealed class SupervisorForms(DialogCatalog catalog) : Core.Dialogs.IFormDefinitions
{
    /// <summary>The form a check-in of <paramref name="kind"/> is answered with.</summary>
    /// <exception cref="InvalidOperationException">The dialog is missing or has no form step (a start-up check catches it first).</exception>
    public CardForm For(string kind) =>
        catalog.Find(kind) is { } definition && CardForm.From(definition) is { } form
            ? form
            : throw new InvalidOperationException($"dialogs/{kind}.yaml must exist and have a form step.");

    /// <summary>The kinds a supervisor answers, each with its form: checked when the bot starts.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var kind in new[] { CheckInKinds.Supervisor, CheckInKinds.Certificate })
        {
            if (catalog.Find(kind) is not { } definition || CardForm.From(definition) is null)
            {
                yield return $"dialogs/{kind}.yaml must exist and have a form step (the supervisor's card)";
            }
        }
    }
}
