using System.Text.Json.Serialization;

namespace PartnerBot.Profiles;

/// <summary>When a call back suits the customer, as they said it and as far as it could be read: "morgen vormittag" is
/// 2.12. 08:00–12:00, "nach 17 Uhr" is from 17:00, "Dienstag 10 Uhr" is that moment; "egal" or no time at all is open.</summary>
/// <param name="Text">The customer's words for the time ("" when they gave none).</param>
/// <param name="Date">The day (ISO <c>yyyy-MM-dd</c> in JSON), when one was named or follows from the time.</param>
/// <param name="Timex">The TIMEX expression of the time read ("2026-12-02TMO", "XXXX-WXX-2T10"), when there is one.</param>
/// <param name="From">The earliest moment that suits, on the customer's clock.</param>
/// <param name="To">The latest moment that suits; equal to <paramref name="From"/> for a point in time, null when open-ended.</param>
/// <param name="Open">True when any time suits, or the customer named none.</param>
public sealed record CallTime(
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Date = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Timex = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? From = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? To = null,
    bool Open = false);
