using System.Text.Json;
using System.Text.Json.Nodes;
using PartnerBot.Interview.Questions;
using PartnerBot.Profiles;

namespace PartnerBot.Owner;

/// <summary>A partner profile as owners read it through the API and the JSON export (camelCase): the profile's own fields, then every
/// question's fields in the interview's order, then the requests and the entries.</summary>
public static class OwnerProfileView
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The view of a profile (with the entries it was read with).</summary>
    public static JsonObject From(Questionnaire questions, PartnerProfile p)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(p);
        var view = new JsonObject
        {
            ["id"] = p.Id,
            ["userId"] = p.UserId,
            ["channelId"] = p.ChannelId,
            ["conversationId"] = p.ConversationId,
            ["locale"] = p.Locale,
            ["status"] = p.Status,
            ["completed"] = p.Completed,
            ["followUp"] = p.FollowUp,
        };
        foreach (var field in questions.Fields)
        {
            view[field] = p.Answers[field]?.DeepClone();
        }

        view["requests"] = JsonSerializer.SerializeToNode(p.Requests.Select(r => new OwnerRequestView(r.Kind, r.Text, r.At, r.CallTime, r.Declined)).ToList(), Options);
        view["consentAt"] = p.ConsentAt is { } consentAt ? JsonValue.Create(consentAt) : null;
        view["createdAt"] = p.CreatedAt;
        view["updatedAt"] = p.UpdatedAt;
        view["entries"] = JsonSerializer.SerializeToNode(
            p.Entries.Select(e => new OwnerEntryView(e.Slot, e.Text, e.Value, e.At, e.ConversationId, e.ChannelId)).ToList(), Options);
        return view;
    }
}

/// <summary>One request of a profile as owners read it: a person, a call back, a question, a complaint; with when a call back
/// suits (<c>callTime</c>) and whether the customer declined one (<c>declined</c>), where that was asked.</summary>
public sealed record OwnerRequestView(
    string Kind, string Text, DateTimeOffset At,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] CallTime? CallTime = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)] bool Declined = false);

/// <summary>One entry of a profile as owners read it.</summary>
public sealed record OwnerEntryView(string Slot, string Text, string? Value, DateTimeOffset At, string ConversationId, string ChannelId);

/// <summary>One page of profiles, newest first.</summary>
public sealed record OwnerProfilePage(IReadOnlyList<JsonObject> Items, int Total, int Skip, int Take);
