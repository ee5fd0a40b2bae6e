using Microsoft.Extensions.Options;

namespace PartnerBot.Owner.Dashboard;

/// <summary>Times in the owner's time zone (<c>Owner:TimeZone</c>), UTC when the zone is unknown here.</summary>
public sealed class OwnerClock(IOptions<OwnerOptions> options, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Now, in the owner's zone.</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    /// <summary>A moment in the owner's zone.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    /// <summary>The start of a day in the owner's zone.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
