using System.Globalization;
using System.Text;
using TraineeBot.Core.Downloads;

namespace TraineeBot.Core.Supervisors.Certificates;

/// <summary>
/// Downloads of kind <c>certificate</c>: the draft certificate from a supervisor's certificate input, as a PDF. The
/// draft is built again when the link is opened, so a coordinator who lost access gets nothing (the same null as
/// for an input that does not exist).
/// </summary>
public sealed class CertificateDownloads(ICertificateDrafts drafts, ICertificateDocument document) : IDownloadSource
{
    public const string KindName = "certificate";

    public const string ContentType = "application/pdf";

    private const int MaxSlugLength = 60;

    public string Kind => KindName;

    public async Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken)
    {
        var draft = await drafts.DraftAsync(subjectId, forUserId, cancellationToken);
        return draft is null ? null : new DownloadFile(FileName(draft), ContentType, document.RenderPdf(draft));
    }

    /// <summary>"intyg-amira-hassan-2026-06-30.pdf": the trainee's name in ASCII and the period's last day.</summary>
    public static string FileName(CertificateDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var slug = Slug(draft.TraineeName);
        var date = draft.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return slug.Length == 0 ? $"intyg-{date}.pdf" : $"intyg-{slug}-{date}.pdf";
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens: "Åsa Öberg-Ängström" → "asa-oberg-angstrom".</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // å → a + ring, é → e + acute: the mark goes
            }

            var ascii = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'ø' => "o",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'ł' => "l",
                'đ' => "d",
                'ı' => "i",
                'þ' => "th",
                _ => null,
            };
            if (ascii is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(ascii);
        }

        return slug.Length <= MaxSlugLength ? slug.ToString() : slug.ToString(0, MaxSlugLength).TrimEnd('-');
    }
}
