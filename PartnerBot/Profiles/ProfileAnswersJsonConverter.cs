using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PartnerBot.Profiles;

/// <summary>Writes <see cref="ProfileAnswers"/> as a plain JSON object of fields (System.Text.Json).</summary>
public sealed class ProfileAnswersJsonConverter : JsonConverter<ProfileAnswers>
{
    /// <inheritdoc/>
    public override ProfileAnswers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ProfileAnswers.FromObject(JsonNode.Parse(ref reader) as JsonObject);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ProfileAnswers value, JsonSerializerOptions options) =>
        value.ToObject().WriteTo(writer);
}
