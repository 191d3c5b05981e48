using System.ComponentModel.DataAnnotations;

namespace TraineeBot.Web.Downloads;

/// <summary>Configuration section <c>Downloads</c>: where download links point and how long they work.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>The bot's public address, as the people who open a link reach it (<c>https://bot.example.se/</c>).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978/";

    /// <summary>How long a link works unless its request says otherwise.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "31.00:00:00")]
    public TimeSpan ValidFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Where the Data Protection keys that sign the links are kept; relative paths are under the content root. Empty
    /// (the default): a folder named after the SQLite database with <c>.keys</c> added, next to it
    /// (<c>data/traineebot.db.keys</c>).
    /// </summary>
    public string? KeysFolder { get; set; }
}
