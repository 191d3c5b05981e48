using Microsoft.Extensions.Logging;
using TraineeBot.Cards;
using TraineeBot.Core.Conversations;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Privacy.Access;
using TraineeBot.Core.Privacy.Audit;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// A trainee's data rights by message: "mina uppgifter" / "my data" (two download links: JSON and HTML), "radera mina
/// uppgifter" / "delete my data" (the confirmation card) and "återkalla samtycke" / "withdraw consent". Runs before the
/// consent gate: these rights do not depend on consent. Anyone but a registered trainee passes through.
/// </summary>
internal sealed partial class DataRightsFeature(
    OwnJourney conversation,
    IDownloadLinks links,
    IAuditLog audit,
    ConsentWithdrawal withdrawal,
    ICardRenderer cards,
    ILogger<DataRightsFeature> logger) : IMessageFeature
{
    public const string ExportCommand = "data.export";

    public int Order => MessageFeatureOrder.Gate - 10;

    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = DataRightsPhrases.Parse(message.Text);
        var (action, command) = request switch
        {
            DataRightsRequest.Export => (AccessAction.ExportOwnData, ExportCommand),
            DataRightsRequest.Erase => (AccessAction.EraseOwnData, "data.erase"),
            _ => (AccessAction.WithdrawConsent, "consent.withdraw"),
        };
        if (request == DataRightsRequest.None || await conversation.OfAsync(message.Contact, action, command, cancellationToken) is not { } journey)
        {
            return false;
        }

        var language = message.Language;
        switch (request)
        {
            case DataRightsRequest.Export:
                var trainee = journey.Trainee;
                var json = links.Create(new DownloadRequest(DataExportDownloads.JsonKind, trainee.Id, message.Contact.UserId));
                var html = links.Create(new DownloadRequest(DataExportDownloads.HtmlKind, trainee.Id, message.Contact.UserId));
                await audit.RecordAsync(new AuditEvent(message.Contact.UserId, nameof(Users.UserRole.Trainee), AuditActions.Export, trainee.Id, ExportCommand), cancellationToken);
                Log.Exported(logger, trainee.Id);
                await message.Turn.ReplyTextAsync(
                    DataRightsTexts.Get(language, "ExportReady") + "\n\n"
                    + $"- [{DataRightsTexts.Get(language, "ExportJsonLink")}]({json.AbsoluteUri})\n"
                    + $"- [{DataRightsTexts.Get(language, "ExportHtmlLink")}]({html.AbsoluteUri})",
                    cancellationToken);
                return true;

            case DataRightsRequest.Erase:
                await message.Turn.ReplyCardAsync(DataErasureCard.Render(cards, language), DataErasureCard.TemplateName, cancellationToken);
                return true;

            default:
                await withdrawal.WithdrawAsync(message.Turn, message.Contact, journey, cancellationToken);
                return true;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 6401, Level = LogLevel.Information, Message = "Trainee {TraineeId} was given links to their data export")]
        public static partial void Exported(ILogger logger, Guid traineeId);
    }
}
