using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace TraineeBot.Web.Downloads;

/// <summary>What a download link carries, and until when.</summary>
internal sealed record DownloadTicket(string Kind, Guid SubjectId, Guid ForUserId, DateTimeOffset ExpiresAt);

/// <summary>
/// A <see cref="DownloadTicket"/> as an opaque URL-safe token: a small binary payload (kind, subject, user, expiry)
/// encrypted and signed with ASP.NET Core Data Protection. The expiry is inside the signed payload and checked against
/// <see cref="TimeProvider"/>, so an expired link (410) is told apart from a forged one (404); the framework's
/// time-limited protector reads the system clock and fails both the same way.
/// </summary>
internal static class DownloadToken
{
    public const string Purpose = "TraineeBot.Downloads.v1";

    private const byte Version = 1;
    private const int MaxKindBytes = 64;

    public static string Write(IDataProtector protector, DownloadTicket ticket)
    {
        var kind = Encoding.UTF8.GetBytes(ticket.Kind);
        if (kind.Length is 0 or > MaxKindBytes)
        {
            throw new ArgumentException($"A download kind has 1 to {MaxKindBytes} bytes.", nameof(ticket));
        }

        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((byte)kind.Length);
            writer.Write(kind);
            writer.Write(ticket.SubjectId.ToByteArray());
            writer.Write(ticket.ForUserId.ToByteArray());
            writer.Write(ticket.ExpiresAt.UtcTicks);
        }

        return WebEncoders.Base64UrlEncode(protector.Protect(payload.ToArray()));
    }

    /// <summary>The ticket, or null for anything not made by <see cref="Write"/> with these keys (whatever is wrong with it).</summary>
    public static DownloadTicket? Read(IDataProtector protector, string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        byte[] payload;
        try
        {
            payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                return null;
            }

            var kind = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadByte()));
            var subject = new Guid(reader.ReadBytes(16));
            var user = new Guid(reader.ReadBytes(16));
            var expires = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            return reader.BaseStream.Position == payload.Length ? new DownloadTicket(kind, subject, user, expires) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }
}
