using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TraineeBot.Core.Downloads;

namespace TraineeBot.Web.Downloads;

/// <summary>Links <c>{PublicBaseUrl}/downloads/{token}</c>; the token is a signed, encrypted <see cref="DownloadTicket"/>.</summary>
internal sealed class DownloadLinks(IDataProtectionProvider dataProtection, IOptions<DownloadOptions> options, TimeProvider time) : IDownloadLinks
{
    public const string PathPrefix = "/downloads/";

    private readonly IDataProtector protector = dataProtection.CreateProtector(DownloadToken.Purpose);

    public Uri Create(DownloadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validFor = request.ValidFor ?? options.Value.ValidFor;
        if (validFor <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "A download link must be valid for some time.");
        }

        var ticket = new DownloadTicket(request.Kind, request.SubjectId, request.ForUserId, time.GetUtcNow() + validFor);
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        return new Uri($"{baseUrl}{PathPrefix}{DownloadToken.Write(protector, ticket)}", UriKind.Absolute);
    }

    /// <summary>The ticket in <paramref name="token"/>: null when it is not ours or was changed, else with whether it has expired.</summary>
    public (DownloadTicket Ticket, bool Expired)? Read(string token) =>
        DownloadToken.Read(protector, token) is { } ticket ? (ticket, ticket.ExpiresAt <= time.GetUtcNow()) : null;
}
