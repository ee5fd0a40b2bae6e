using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PartnerBot.Profiles;

/// <summary>Writes <see cref="ProfileAnswers"/> as a plain JSON object of fields where the Bot Framework's Newtonsoft serialiser meets it.</summary>
public sealed class ProfileAnswersNewtonsoftConverter : Newtonsoft.Json.JsonConverter<ProfileAnswers>
{
    /// <inheritdoc/>
    public override ProfileAnswers ReadJson(JsonReader reader, Type objectType, ProfileAnswers? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        // Dates stay the text they were stored as ("2027-03-31"), not a DateTime that would come back with a time.
        var parsing = reader.DateParseHandling;
        reader.DateParseHandling = DateParseHandling.None;
        var token = JToken.ReadFrom(reader);
        reader.DateParseHandling = parsing;
        return token is JObject obj ? ProfileAnswers.FromObject(JsonNode.Parse(obj.ToString(Formatting.None)) as JsonObject) : new ProfileAnswers();
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, ProfileAnswers? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        // Written as tokens, not raw text: the SDK's state copies objects through a JTokenWriter, which keeps raw text unreadable.
        using var text = new System.IO.StringReader(value.ToJson());
        using var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        JToken.ReadFrom(json).WriteTo(writer);
    }
}
