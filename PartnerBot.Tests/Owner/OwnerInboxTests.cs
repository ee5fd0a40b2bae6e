using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PartnerBot.Tests.Owner;

public partial class OwnerInboxTests
{
    [Fact]
    public async Task The_inbox_lists_newest_first_and_finds_by_name_wish_email_and_phone()
    {
        await using var app = new OwnerAppFactory();
        var now = app.Time.GetUtcNow();
        await app.Profiles.AddAsync("Karla Korn", "Vollkornbrot", now.AddDays(-2), email: "karla@example.com");
        await app.Profiles.AddAsync("Lutz Laib", "Sauerteig", now.AddDays(-1), phone: "+4930123456");
        using var client = await app.SignedInAsync();

        var all = await client.GetPageAsync("/owner");
        Assert.True(all.IndexOf("Lutz Laib", StringComparison.Ordinal) < all.IndexOf("Karla Korn", StringComparison.Ordinal), "newest first");
        Assert.Equal(["Karla Korn"], Names(await client.GetPageAsync("/owner?q=vollkorn")));
        Assert.Equal(["Karla Korn"], Names(await client.GetPageAsync("/owner?q=karla%40example")));
        Assert.Equal(["Lutz Laib"], Names(await client.GetPageAsync("/owner?q=30123")));
        Assert.Empty(Names(await client.GetPageAsync("/owner?q=nichtda")));
    }

    [Fact]
    public async Task The_inbox_filters_by_status_and_date_range_and_pages()
    {
        await using var app = new OwnerAppFactory();
        var now = app.Time.GetUtcNow();
        var won = await app.Profiles.AddAsync("Mia Gewonnen", "Torte", now.AddDays(-10));
        await app.Profiles.SetFollowUpAsync(won.Id, "won", CancellationToken.None);
        await app.Profiles.AddAsync("Nils Offen", "Kekse", now.AddDays(-5), status: "in-progress");
        for (var i = 0; i < 25; i++)
        {
            await app.Profiles.AddAsync($"Kunde {i:00}", "Brötchen", now.AddHours(-i));
        }

        using var client = await app.SignedInAsync();
        Assert.Equal(["Mia Gewonnen"], Names(await client.GetPageAsync("/owner?status=won")));
        Assert.Equal(["Nils Offen"], Names(await client.GetPageAsync("/owner?status=in-progress")));

        var day = now.AddDays(-5).ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(["Nils Offen"], Names(await client.GetPageAsync($"/owner?from={day}&to={day}")));

        var first = await client.GetPageAsync("/owner?status=new");
        Assert.Equal(20, Names(first).Count);
        Assert.Contains("Seite 1 von 2", first);
        Assert.Contains("href=\"/owner?status=new&amp;p=2\"", first);
        var second = await client.GetPageAsync("/owner?status=new&p=2");
        Assert.Equal(5, Names(second).Count);
        Assert.Empty(Names(first).Intersect(Names(second)));
    }

    [Fact]
    public async Task German_by_default_English_when_the_browser_prefers_it()
    {
        await using var app = new OwnerAppFactory();
        using var german = await app.SignedInAsync();
        Assert.Contains("<html lang=\"de\">", await german.GetPageAsync("/owner"));
        Assert.Contains("Eingang", await german.GetPageAsync("/owner"));

        using var english = await app.SignedInAsync("en-US,en;q=0.9,de;q=0.5");
        var page = await english.GetPageAsync("/owner");
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("Inbox", page);

        using var french = await app.SignedInAsync("fr-FR");
        var frenchPage = await french.GetPageAsync("/owner");
        Assert.Contains("<html lang=\"fr\">", frenchPage);
        Assert.Contains("Boîte de réception", frenchPage);

        using var italian = await app.SignedInAsync("it-IT");
        Assert.Contains("<html lang=\"de\">", await italian.GetPageAsync("/owner"));
    }

    [Fact]
    public async Task Customer_text_is_rendered_as_text()
    {
        await using var app = new OwnerAppFactory();
        var profile = await app.Profiles.AddAsync(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)> <svg onload=alert(1)>", app.Time.GetUtcNow(), email: "javascript:alert(1)");
        using var client = await app.SignedInAsync();
        foreach (var url in new[] { "/owner", $"/owner/profiles/{profile.Id}", $"/owner/profiles/{profile.Id}/delete", "/owner/overview" })
        {
            var html = await client.GetPageAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<svg onload", html);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"mailto:javascript", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await client.GetPageAsync("/owner"));
    }

    private static List<string> Names(string html) =>
        NameLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<a href=\"/owner/profiles/[^\"]+\">([^<]*)</a>")]
    private static partial Regex NameLink();
}
