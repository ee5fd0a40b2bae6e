using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerBot.Owner;

namespace PartnerBot.Tests.Owner;

public class OwnerOptionsTests
{
    [Theory]
    [InlineData("Owner:Password", "kurz", "at least 10 characters")]
    [InlineData("Owner:Entra:ClientId", "00000000-0000-0000-0000-000000000002", "both TenantId and ClientId")]
    [InlineData("Owner:Smtp:Host", "mail.example", "Owner:Smtp:From and Owner:Smtp:To")]
    [InlineData("Owner:NotifyWebhookUrl", "not a url", "NotifyWebhookUrl")]
    public async Task A_bad_setting_stops_the_app_with_a_clear_message(string key, string value, string message)
    {
        await using var app = OwnerAppFactory.With(new Dictionary<string, string?> { [key] = value });
        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<OwnerOptions>>());
        Assert.Contains(message, error.Message);
    }
}
