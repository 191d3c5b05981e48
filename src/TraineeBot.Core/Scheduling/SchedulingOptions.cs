namespace TraineeBot.Core.Scheduling;

/// <summary>When proactive messages may go out, and where the schedule definitions are. Section "Scheduling".</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The first local time of a working day at which a message may go out (inclusive).</summary>
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);

    /// <summary>The end of the working day (exclusive): a message may go out at 16:59, not at 17:00.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>The IANA (or Windows) id of the time zone working days and times are in.</summary>
    public string TimeZone { get; set; } = "Europe/Stockholm";

    /// <summary>Folder with the schedule definitions (*.yaml); relative paths are resolved against the app's base directory.</summary>
    public string Path { get; set; } = "schedules";

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
