using TraineeBot.Core.Conversations;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// A coordinator pastes a CSV in the chat (a header row naming <c>namn</c>/<c>name</c> and <c>e-post</c>/<c>email</c>,
/// then one row per trainee): it is imported all or nothing into their caseload, and the answer lists what was
/// registered, or every row's problem with nothing written (docs/coordinators/import.md).
/// </summary>
internal sealed class CsvImportFeature(CoordinatorCaseloads caseloads, ITraineeImport import) : IMessageFeature
{
    public int Order => MessageFeatureOrder.Commands + 10;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SubmittedData is not null || !LooksLikeCsv(message.Text)
            || await caseloads.OfAsync(message.Contact, cancellationToken) is not { } asker)
        {
            return false;
        }

        var report = await import.ImportAsync(message.Text, asker.Coordinator.Id, dryRun: false, message.Language, cancellationToken);
        await message.Turn.ReplyTextAsync(report.Describe(message.Language), cancellationToken);
        return true;
    }

    /// <summary>At least a header and one row, and a header whose cells name the two required columns.</summary>
    internal static bool LooksLikeCsv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return false;
        }

        var header = lines[0].TrimStart('\uFEFF');
        var cells = header.Split(header.Count(c => c == ';') >= header.Count(c => c == ',') ? ';' : ',');
        var columns = cells.Select(c => ImportColumns.Of(c.Trim().Trim('"'))).ToList();
        return columns.Contains(ImportColumn.Name) && columns.Contains(ImportColumn.Email);
    }
}
