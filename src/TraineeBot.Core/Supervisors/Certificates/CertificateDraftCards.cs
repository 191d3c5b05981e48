using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TraineeBot.Cards;
using TraineeBot.Core.Downloads;
using TraineeBot.Core.Localization;
using TraineeBot.Core.Outbox;
using TraineeBot.Core.Programme;

namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>
/// When the supervisor sends the certificate input, the coordinator gets the draft certificate (in Swedish, as the
/// certificate is written) as a card (<c>cards/certificate-draft.json</c>) with a link to download it as a PDF. The
/// link is made for the coordinator and checked again when opened. The card's names and paragraphs (the supervisor's
/// text in plain certificate sentences) are markdown-escaped; the PDF gets the text as written.
/// </summary>
public sealed class CertificateDraftCards(IOutbox outbox, IDownloadLinks links, IOptions<CertificateOptions> options, TimeProvider time)
{
    public const string Template = "certificate-draft";

    /// <summary>How long the PDF link in the card works (access is checked again on every download).</summary>
    public static readonly TimeSpan LinkValidFor = TimeSpan.FromDays(60);

    public async Task QueueAsync(CheckIn checkIn, TraineeJourney journey, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(journey);
        var today = StockholmTime.Today(time);
        if (SupervisorCertificateDrafts.From(checkIn, journey, options.Value, today) is not { } draft)
        {
            return;
        }

        var coordinatorUser = journey.Coordinator.UserId;
        var link = links.Create(new DownloadRequest(CertificateDownloads.KindName, checkIn.Id, coordinatorUser, LinkValidFor));
        var data = new JsonObject
        {
            ["title"] = SupervisorTexts.Get(language, "CertificateDraftTitle", MarkdownText.Escape(journey.Trainee.Name)),
            ["intro"] = SupervisorTexts.Get(language, "CertificateDraftIntro", MarkdownText.Escape(journey.Supervisor?.Name)),
            ["heading"] = CertificateText.Title(draft),
            ["paragraphs"] = new JsonArray([.. CertificateText.Paragraphs(draft).Select(p => (JsonNode)JsonValue.Create(MarkdownText.Escape(p)))]),
            ["download"] = SupervisorTexts.Get(language, "CertificateDownload"),
            ["url"] = link.ToString(),
        };
        await outbox.EnqueueAsync(new OutboxRequest(
            $"certificate:{checkIn.Id}:{checkIn.AnswerRevision}",
            coordinatorUser,
            OutboxKinds.Card,
            new JsonObject { ["template"] = Template, ["data"] = data }.ToJsonString(),
            time.GetUtcNow(),
            ExpireAfter: TimeSpan.FromDays(30)), cancellationToken);
    }
}
