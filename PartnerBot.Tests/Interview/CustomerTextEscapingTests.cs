using System.Text.RegularExpressions;
using PartnerBot.Interview;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Interview;

/// <summary>What a customer wrote comes back in the bot's messages as text: no image, link, tag or emphasis of their making renders.</summary>
public partial class CustomerTextEscapingTests
{
    private const string Wish = "Eine Torte ![x](http://evil/p.png)";
    private const string Vision = "<img src=x onerror=alert(1)> und **fett** [klick](http://evil/)";

    [Fact]
    public async Task The_summary_shows_markdown_and_html_the_customer_typed_as_text()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", Wish, Vision);

        var summary = (await chat.SayAsync("Zusammenfassung"))[0];

        Assert.Contains("- Wunsch: Eine Torte", summary, StringComparison.Ordinal);
        Assert.Contains(@"!\[x\](http://evil/p.png)", summary, StringComparison.Ordinal);
        Assert.Contains(@"- Vision: \<img src=x onerror=alert(1)\> und \*\*fett\*\* \[klick\](http://evil/)", summary, StringComparison.Ordinal);
        AssertNothingRenders(summary);
    }

    [Fact]
    public async Task My_data_shows_them_as_text_too()
    {
        await using var bot = new BotHarness();
        var chat = await bot.ConsentedChatAsync();
        await chat.SayAllAsync("Anna Schmidt", Wish, Vision);

        var myData = string.Join("\n", await chat.SayAsync("meine Daten"));

        Assert.Contains(@"!\[x\](http://evil/p.png)", myData, StringComparison.Ordinal);
        AssertNothingRenders(myData);
    }

    [Theory]
    [InlineData("![x](http://evil/p.png)", @"!\[x\](http://evil/p.png)")]
    [InlineData("<img src=x>", @"\<img src=x\>")]
    [InlineData("Anna_Lena *Schmidt*", @"Anna\_Lena \*Schmidt\*")]
    [InlineData("`code` ~~weg~~ \\", @"\`code\` \~\~weg\~\~ \\")]
    [InlineData("Zeile eins\n# Überschrift\r\n> Zitat", @"Zeile eins # Überschrift  \> Zitat")]
    [InlineData("Müller & Söhne, 5.000 € (netto)", "Müller & Söhne, 5.000 € (netto)")]
    public void Customer_text_is_escaped_for_markdown_on_one_line(string typed, string shown)
    {
        Assert.Equal(shown, CustomerText.Markdown(typed));
    }

    private static void AssertNothingRenders(string message)
    {
        Assert.DoesNotMatch(UnescapedImageOrLink(), message);
        Assert.DoesNotMatch(UnescapedTag(), message);
        Assert.DoesNotContain("**fett**", message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex UnescapedImageOrLink();

    [GeneratedRegex(@"(?<!\\)<[a-zA-Z!/]")]
    private static partial Regex UnescapedTag();
}
