using TraineeBot.Core.Conversations;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Coordinators.Registration;

/// <summary>
/// A coordinator sends a CSV file in the chat (Teams' file download info; <c>supportsFiles</c> in the manifest) or
/// pastes one (a header row naming <c>namn</c>/<c>name</c> and <c>e-post</c>/<c>email</c>, then one row per
/// trainee): it is imported all or nothing into their caseload, and the answer lists what was
/// registered, or every row's problem with nothing written (docs/coordinators/import.md).
/// </summary>
internal sealed class CsvImportFeature(CoordinatorCaseloads caseloads, ITraineeImport import, IChatFiles files) : IMessageFeature
{
    public int Order => MessageFeatureOrder.Commands + 10;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attached = ChatAttachment.Files(message.Turn.Activity, ".csv", ".txt");
        if (message.SubmittedData is not null || (attached.Count == 0 && !LooksLikeCsv(message.Text))
            || await caseloads.OfAsync(message.Contact, cancellationToken) is null
            || await caseloads.ForAsync(message.Contact.UserId, AccessAction.RegisterPeople, null, "import.csv", cancellationToken) is not { } asker)
        {
            return false;
        }

        var language = message.Language;
        var text = message.Text;
        if (attached.Count > 0)
        {
            try
            {
                text = (await files.ReadTextAsync(attached[0], cancellationToken)).Text;
            }
            catch (ChatFileException ex)
            {
                await message.Turn.ReplyTextAsync(ImportTexts.Get(language, "File" + ex.Problem), cancellationToken);
                return true;
            }
        }

        var report = await import.ImportAsync(text, asker.Coordinator.Id, dryRun: false, language, cancellationToken);
        await message.Turn.ReplyTextAsync(report.Describe(language), cancellationToken);
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
