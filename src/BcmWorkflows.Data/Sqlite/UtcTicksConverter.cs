using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BcmWorkflows.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as its UTC ticks: exact, sortable, comparable in SQL; read back with offset 0.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
