using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartnerBot.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:Provider", "Memory"));
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable);
    }
}
