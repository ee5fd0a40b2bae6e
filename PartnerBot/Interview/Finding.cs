using System.Text.Json.Nodes;

namespace PartnerBot.Interview;

/// <summary>One value found in a message for one field of a question: the customer's words, the value as recorded in the entry, and the answer as stored.</summary>
/// <param name="Question">The question's name.</param>
/// <param name="Field">The profile field (the entry's slot): the question's name, or "email"/"phone" for the contact question.</param>
public sealed record Finding(string Question, string Field, string Text, string Value, JsonNode Answer);
