using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TraineeBot.Infrastructure.Persistence;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks (SQLite has no native instant type).</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
