using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PartnerBot.WebChat;

/// <summary>The website page at <c>/</c>: the business's name, the welcome line and Web Chat, in the browser's language.</summary>
public static class WebChatPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // Safe inside <script type="application/json">: '<', '>' and '&' are escaped.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>The page's HTML.</summary>
    public static string Render(WebChatSettings settings, string noScript)
    {
        var html = Html;
        var config = JsonSerializer.Serialize(settings, JsonOptions);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{settings.Language}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{html.Encode(settings.ChatTitle)}}</title>
              <link rel="stylesheet" href="webchat/chat.css?v={{settings.AssetVersion}}">
              <style>:root { --partnerbot-accent: {{settings.AccentColor}}; }</style>
            </head>
            <body class="partnerbot-page">
              <header class="partnerbot-header">
                <h1>{{html.Encode(settings.BusinessName)}}</h1>
                <p>{{html.Encode(settings.Welcome)}}</p>
              </header>
              <main class="partnerbot-chat" id="partnerbot-chat" aria-label="{{html.Encode(settings.ChatTitle)}}"></main>
              <footer class="partnerbot-footer">
                <span>{{html.Encode(settings.Assistant)}}</span>
                <nav><a href="{{html.Encode(settings.ImprintUrl)}}">{{html.Encode(settings.Imprint)}}</a> · <a href="{{html.Encode(settings.PrivacyUrl)}}">{{html.Encode(settings.Privacy)}}</a></nav>
              </footer>
              <noscript>{{html.Encode(noScript)}}</noscript>
              <script type="application/json" id="partnerbot-settings">{{config}}</script>
              {{string.Concat(WebChatAssets.Scripts.Select(name => $"<script src=\"webchat/{name}?v={settings.AssetVersion}\"></script>"))}}
            </body>
            </html>
            """;
    }
}
