using System.Text.Json;

namespace PartnerBot.WebChat;

/// <summary>The page's wording per language, read once from the embedded <c>WebChat/Text/{lang}.json</c> files.</summary>
public sealed class WebChatTextCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private readonly WebChatText _german = Load("de");
    private readonly WebChatText _english = Load("en");

    /// <summary>The wording for <c>en</c>, German otherwise.</summary>
    public WebChatText For(string language) => language == "en" ? _english : _german;

    private static WebChatText Load(string language)
    {
        var name = $"PartnerBot.WebChat.Text.{language}.json";
        using var stream = typeof(WebChatTextCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The web chat wording resource {name} is missing.");
        return JsonSerializer.Deserialize<WebChatText>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The web chat wording resource {name} is empty.");
    }
}
