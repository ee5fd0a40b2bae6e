using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>Compares the profile a conversation left with its expectation, field by field (the rules are in bench/README.md,
/// "Whole conversations"): names, salutations and titles equal ignoring case; wish and vision containing every listed word;
/// the timeframe's date, urgent and open, the budget's figures, e-mail, phone and the requests' kinds equal; a field stored that
/// the customer did not give is a wrong "+field".</summary>
public static class ConversationScorer
{
    /// <summary>Scores <paramref name="outcome"/> against <paramref name="conversation"/>'s expectation.</summary>
    public static ConversationScore Score(Conversation conversation, ConversationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(outcome);
        var expect = conversation.Expect;
        var profile = outcome.Profile;
        var checks = new List<(string, bool)> { ("status", Status(profile) == expect.Status) };
        if (outcome.Profiles.Count > 1)
        {
            // One conversation is one wish: a second profile is an empty row in the owner's inbox.
            checks.Add(("+profiles", false));
        }

        if (expect.Status == "none")
        {
            return new ConversationScore(conversation, checks);
        }

        void Field(string field, bool expected, Func<JsonNode?, bool> right)
        {
            var value = profile?[field];
            if (expected)
            {
                checks.Add((field, right(value)));
            }
            else if (!IsEmpty(value))
            {
                checks.Add(("+" + field, false));
            }
        }

        Field("salutation", expect.Salutation is not null, v => Same(Text(v), expect.Salutation));
        Field("title", expect.Title is not null, v => Same(Text(v), expect.Title));
        Field("name", expect.Name is not null, v => Same(Text(v)?.Trim(), expect.Name));
        Field("wish", expect.WishIncludes is not null, v => Includes(Text(v), expect.WishIncludes));
        Field("vision", expect.VisionIncludes is not null, v => Includes(Text(v), expect.VisionIncludes));
        Field("timeframe", expect.Timeframe is not null, v => Timeframe(v as JsonObject, expect.Timeframe!));
        Field("budget", expect.Budget is not null, v => Budget(v as JsonObject, expect.Budget!));
        Field("email", expect.Email is not null, v => Text(v) == expect.Email);
        Field("phone", expect.Phone is not null, v => Text(v) == expect.Phone);
        Field("requests", expect.Requests is { Count: > 0 }, v => Requests(v as JsonArray, expect.Requests!));
        return new ConversationScore(conversation, checks);
    }

    private static string Status(JsonObject? profile) => profile is null ? "none" : Text(profile["status"]) ?? "";

    private static bool Timeframe(JsonObject? found, ExpectedTimeframe expected) =>
        found is not null
        && Text(found["date"]) == expected.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        && Flag(found["urgent"]) == expected.Urgent
        && Flag(found["open"]) == expected.Open
        && (expected.TextIncludes is null || Includes(Text(found["text"]), expected.TextIncludes));

    private static bool Budget(JsonObject? found, ExpectedBudget expected)
    {
        if (found is null)
        {
            return false;
        }

        if (expected.TextOnly)
        {
            return Number(found["amount"]) is null && !string.IsNullOrWhiteSpace(Text(found["text"]))
                && (expected.TextIncludes is null || Includes(Text(found["text"]), expected.TextIncludes));
        }

        return Number(found["amount"]) == expected.Amount && Text(found["currency"]) == expected.Currency
            && Number(found["min"]) == expected.Min && Number(found["max"]) == expected.Max
            && Text(found["per"]) == expected.Per && Flag(found["upTo"]) == expected.UpTo
            && (expected.TextIncludes is null || Includes(Text(found["text"]), expected.TextIncludes));
    }

    /// <summary>The kinds as a multiset, and each expected text found in a request of its kind (each request used once).</summary>
    private static bool Requests(JsonArray? found, IReadOnlyList<ExpectedRequest> expected)
    {
        if (found is null || found.Count != expected.Count)
        {
            return false;
        }

        var left = found.OfType<JsonObject>().ToList();
        foreach (var request in expected)
        {
            var match = left.FirstOrDefault(r => Text(r["kind"]) == request.Kind && (request.TextIncludes is null || Includes(Text(r["text"]), request.TextIncludes)));
            if (match is null)
            {
                return false;
            }

            left.Remove(match);
        }

        return true;
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };

    private static string? Text(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    // Read from the number's JSON text: a value can be held as int, double or decimal, depending on how the profile was made.
    private static decimal? Number(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static bool Flag(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    private static bool Same(string? found, string? expected) => string.Equals(found, expected, StringComparison.OrdinalIgnoreCase);

    private static bool Includes(string? value, IReadOnlyList<string>? words) =>
        value is not null && words is not null && words.All(w => value.Contains(w, StringComparison.OrdinalIgnoreCase));
}
