using TraineeBot.Core.Downloads;
using TraineeBot.Core.Privacy.Access;

namespace TraineeBot.Core.Privacy.DataRights;

/// <summary>
/// The trainee's own export: <c>data-export-json</c> and <c>data-export-html</c>, subject = the trainee's id. Made when
/// the link is opened, and only for the trainee themselves (the access policy, and <see cref="ITraineeDataExport"/>
/// again, check that the link's user is that trainee): anyone else, an unknown trainee or an erased one get nothing, all alike.
/// </summary>
internal sealed class DataExportDownloads(string kind, IAccessPolicy policy, ITraineeDataExport exports) : IDownloadSource
{
    public const string JsonKind = "data-export-json";

    public const string HtmlKind = "data-export-html";

    public static readonly IReadOnlyList<string> Kinds = [JsonKind, HtmlKind];

    public string Kind => kind;

    public async Task<DownloadFile?> OpenAsync(Guid subjectId, Guid forUserId, CancellationToken cancellationToken)
    {
        if (!(await policy.DecideAsync(forUserId, AccessAction.ExportOwnData, subjectId, $"download.{kind}", cancellationToken)).Allowed
            || await exports.ExportAsync(subjectId, forUserId, cancellationToken) is not { } export)
        {
            return null;
        }

        var stem = TraineeExportFiles.FileStem(export);
        return kind == JsonKind
            ? new DownloadFile(stem + ".json", TraineeExportFiles.JsonContentType, TraineeExportFiles.Json(export))
            : new DownloadFile(stem + ".html", TraineeExportFiles.HtmlContentType, TraineeExportFiles.Html(export));
    }
}
