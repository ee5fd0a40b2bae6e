using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Owner.Handoff;

/// <summary><c>Owner:OpeningHours</c>: when a person of the business can take over a chat. Each weekday holds its opening times as
/// <c>"08:00-12:00, 13:00-18:00"</c> (empty = closed), in <see cref="TimeZone"/>; <see cref="Holidays"/> are closed all day.</summary>
public sealed class OpeningHoursOptions : IValidatableObject
{
    public const string SectionName = "Owner:OpeningHours";

    /// <summary>The IANA time zone the times are meant in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    public string Monday { get; set; } = "09:00-17:00";
    public string Tuesday { get; set; } = "09:00-17:00";
    public string Wednesday { get; set; } = "09:00-17:00";
    public string Thursday { get; set; } = "09:00-17:00";
    public string Friday { get; set; } = "09:00-17:00";
    public string Saturday { get; set; } = "";
    public string Sunday { get; set; } = "";

    /// <summary>Days the business is closed (<c>yyyy-MM-dd</c>), e.g. public holidays and company holidays.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>How long a customer who asked for a person waits before the bot apologises and offers a callback.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan HandoffTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The opening times of a weekday, as configured.</summary>
    public string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Owner:OpeningHours:TimeZone '{TimeZone}' is not a known time zone (use an IANA id such as Europe/Berlin).");
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (!OpeningTimes.TryParse(Of(day), out _, out var error))
            {
                yield return new ValidationResult($"Owner:OpeningHours:{day}: {error}");
            }
        }

        foreach (var holiday in Holidays)
        {
            if (!DateOnly.TryParseExact(holiday, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                yield return new ValidationResult($"Owner:OpeningHours:Holidays: '{holiday}' is not a date like 2026-12-24.");
            }
        }
    }
}
