namespace TraineeBot.Infrastructure.Persistence;

/// <summary>Where state is kept (section <c>Storage</c>, or the connection string <c>TraineeBot</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "TraineeBot";
    public const string DefaultConnectionString = "Data Source=data/traineebot.db";

    /// <summary>Apply pending migrations when the host starts (the default: the embedded database just works).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
