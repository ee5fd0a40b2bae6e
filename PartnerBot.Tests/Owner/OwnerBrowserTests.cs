using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Owner;

/// <summary>The dashboard in a real Chromium: sign in, search, open a profile, set the status, reply, export; hostile customer text never runs.</summary>
public class OwnerBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private const string XssName = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private const string XssWish = "<svg onload=alert(1)> javascript:alert(1) <img src=x onerror=alert(2)>";

    [Fact]
    public async Task An_owner_signs_in_finds_a_customer_follows_up_replies_and_exports_and_no_script_ever_runs()
    {
        var chromium = Requirements.Chromium();
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new OwnerAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var anna = await SeedAsync(app, connector);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };

        // Sign in: the dashboard sends a stranger to the sign-in page first.
        await page.GotoAsync(baseUrl + "/owner");
        Assert.Contains("/owner/signin", page.Url);
        await page.GetByLabel("Benutzername").FillAsync(OwnerAppFactory.UserName);
        await page.GetByLabel("Passwort").FillAsync(OwnerAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eingang" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = XssName })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "owner-inbox.png");

        // Search and open the profile.
        await page.GetByLabel("Suche").FillAsync("apfel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.inbox tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Anna Apfel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anna Apfel" })).ToBeVisibleAsync();

        // Set the follow-up status.
        await page.Locator("#followUp").SelectOptionAsync("contacted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Der Stand ist gespeichert.")).ToBeVisibleAsync();
        Assert.Equal(FollowUpStatus.Contacted, (await app.Profiles.GetAsync(anna.Id, CancellationToken.None))!.FollowUp);

        // Reply to the customer: it reaches her conversation through the Bot Connector.
        await page.Locator("#reply").FillAsync("Liebe Anna, Ihr Apfelkuchen ist Samstag um 10 Uhr fertig.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Senden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Ihre Nachricht ist unterwegs zum Kunden.")).ToBeVisibleAsync();
        Assert.Contains(connector.Posts, p => p.Body.Contains("Samstag um 10 Uhr", StringComparison.Ordinal));
        await ScreenshotAsync(page, "owner-profile.png");

        // Export CSV from the inbox.
        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zum Eingang" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV (Komma)" }).ClickAsync());
        var csvPath = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(csvPath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"Anna Apfel\"", csv);
        Assert.Contains("\"contacted\"", csv);

        await page.GetByRole(AriaRole.Link, new() { Name = "Überblick" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Neue Wünsche pro Woche" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "owner-overview.png");

        // Every page that shows the hostile customer, and the script-free dashboard stays silent.
        var hostile = (await app.Profiles.QueryAsync(new ProfileQuery { Text = "<script>" }, CancellationToken.None)).Items.Single();
        foreach (var path in new[] { "/owner", $"/owner/profiles/{hostile.Id}", $"/owner/profiles/{hostile.Id}/delete", "/owner/overview", "/owner?q=%3Cscript%3E" })
        {
            await page.GotoAsync(baseUrl + path);
            await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
        }

        await page.GotoAsync($"{baseUrl}/owner/profiles/{hostile.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = XssName })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(XssWish).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main script, main img, main svg:not(.chart)").CountAsync());
        Assert.Empty(dialogs);
    }

    private static async Task<PartnerProfile> SeedAsync(OwnerAppFactory app, FakeConnector connector)
    {
        var now = app.Time.GetUtcNow();
        var store = app.Profiles;
        var hostile = await store.AddAsync(XssName, XssWish, now.AddHours(-30), email: "javascript:alert(1)", vision: "<iframe src=javascript:alert(3)>");
        var lena = await store.AddAsync("Lena Hoffmann", "eine dreistöckige Hochzeitstorte", now.AddDays(-3), email: "lena@example.com",
            timeframe: new TimeframeValue("im Juni", new DateOnly(2027, 6, 30), "2027-06"), budget: new BudgetValue("etwa 450 €", 450m, "EUR"));
        await store.SetFollowUpAsync(lena.Id, FollowUpStatus.Won, CancellationToken.None);
        await store.AddAsync("Markus Weber", "jeden Samstag frische Brötchen für das Büro", now.AddDays(-6), phone: "+4989123456",
            timeframe: new TimeframeValue("ab nächster Woche", new DateOnly(2026, 11, 27), "2026-W48"), budget: new BudgetValue("so 60 Euro die Woche", 60m, "EUR"));
        var jonas = await store.AddAsync("Jonas Becker", "glutenfreies Brot für die Familie", now.AddDays(-9),
            timeframe: new TimeframeValue("so bald wie möglich", null, null), budget: new BudgetValue("weiß ich noch nicht", null, null));
        await store.SetFollowUpAsync(jonas.Id, FollowUpStatus.Contacted, CancellationToken.None);
        await store.AddAsync("Sophie Klein", "einen Kindergeburtstag mit Muffins", now.AddHours(-5), status: ProfileStatus.InProgress);

        var conversationId = "conv-anna-" + Guid.NewGuid().ToString("N")[..6];
        var anna = await store.AddAsync(
            "Anna Apfel", "einen Apfelkuchen für 20 Gäste zum 60. Geburtstag", now.AddHours(-2),
            email: "anna.apfel@example.com", phone: "+4930123456", vision: "Zeit mit der Familie statt in der Küche",
            conversationReference: connector.ReferenceFor(conversationId), conversationId: conversationId,
            timeframe: new TimeframeValue("bis zum 14. Dezember", new DateOnly(2026, 12, 14), "2026-12-14"), budget: new BudgetValue("bis 120 Euro", 120m, "EUR"));

        var transcripts = app.Services.GetRequiredService<ITranscriptStore>();
        string[][] lines =
        [
            ["bot", "Guten Tag und herzlich willkommen bei der Bäckerei Sonnenschein! 😊 Darf ich mir Ihre Antworten notieren?"],
            ["user", "ja gerne, ich bin Anna Apfel"],
            ["bot", "Schön, Sie kennenzulernen, Frau Apfel! Was wünschen Sie sich?"],
            ["user", "Ich hätte gern einen Apfelkuchen für 20 Gäste zum 60. Geburtstag"],
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            await transcripts.LogActivityAsync(Message(conversationId, lines[i][0], lines[i][1], now.AddHours(-2).AddSeconds(i * 30)));
        }

        await transcripts.LogActivityAsync(Message(hostile.ConversationId, "user", "<script>alert('transcript')</script> javascript:alert(1)", now.AddHours(-30)));
        await app.Services.GetRequiredService<OwnerNotesStore>().AddAsync(hostile.Id, new OwnerNote(now, "<img src=x onerror=alert('note')>"), CancellationToken.None);
        return anna;
    }

    private static Activity Message(string conversationId, string role, string text, DateTimeOffset at) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "directline",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = role, Role = role },
        Recipient = new ChannelAccount { Id = role == "bot" ? "user" : "bot" },
        Text = text,
        Timestamp = at,
    };

    /// <summary>Screenshots go to the CI artifacts; with PARTNERBOT_UPDATE_SCREENSHOTS=1 also to docs/ for the README.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var artifacts = Environment.GetEnvironmentVariable("PARTNERBOT_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.GetTempPath();
        Directory.CreateDirectory(artifacts);
        var shot = await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, name), FullPage = true });
        Assert.NotEmpty(shot);
        if (Environment.GetEnvironmentVariable("PARTNERBOT_UPDATE_SCREENSHOTS") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "PartnerBot.sln")))
            {
                root = root.Parent;
            }

            var docs = Path.Combine(root!.FullName, "docs");
            Directory.CreateDirectory(docs);
            await File.WriteAllBytesAsync(Path.Combine(docs, name), shot);
        }
    }
}
