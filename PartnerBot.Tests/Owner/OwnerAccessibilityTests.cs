using Microsoft.Playwright;
using PartnerBot.Profiles;
using PartnerBot.Tests.Accessibility;
using PartnerBot.Tests.Infrastructure;

namespace PartnerBot.Tests.Owner;

/// <summary>Every page of the owner's dashboard without a serious WCAG 2.2 A/AA violation (axe-core in Chromium).</summary>
public sealed class OwnerAccessibilityTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Sign_in_inbox_profile_overview_export_and_delete_pages_have_no_serious_violations()
    {
        var chromium = Requirements.Chromium();
        await using var app = new OwnerAppFactory();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var now = app.Time.GetUtcNow();
        var anna = await app.Profiles.AddAsync("Anna Apfel", "einen Apfelkuchen für 20 Gäste", now.AddHours(-2), email: "anna@example.com", phone: "+4930123456");
        await app.Profiles.AddAsync("Jonas Becker", "glutenfreies Brot", now.AddDays(-3), status: ProfileStatus.InProgress);
        var lost = await app.Profiles.AddAsync("Lena Hoffmann", "eine Hochzeitstorte", now.AddDays(-8));
        await app.Profiles.SetFollowUpAsync(lost.Id, FollowUpStatus.Lost, CancellationToken.None);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        var page = await (await browser.NewContextAsync(new() { Locale = "de-DE", ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();

        await page.GotoAsync(baseUrl + "/owner/signin");
        await Axe.AssertNoSeriousViolationsAsync(page, "sign-in");
        await page.GetByLabel("Benutzername").FillAsync(OwnerAppFactory.UserName);
        await page.GetByLabel("Passwort").FillAsync(OwnerAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eingang" })).ToBeVisibleAsync();

        foreach (var (path, what) in new[]
        {
            ("/owner", "inbox"),
            ("/owner?status=in-progress", "inbox, filtered"),
            ($"/owner/profiles/{anna.Id}", "profile"),
            ($"/owner/profiles/{lost.Id}", "lost profile"),
            ("/owner/overview", "overview"),
            ($"/owner/profiles/{anna.Id}/delete", "delete confirmation"),
        })
        {
            await page.GotoAsync(baseUrl + path);
            await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
            await Axe.AssertNoSeriousViolationsAsync(page, what);
        }
    }
}
