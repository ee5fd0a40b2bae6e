using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.WebChat;

/// <summary>The chat's files go out compressed and, under their versioned URL, cacheable for good.</summary>
public sealed class WebChatAssetDeliveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(WebChatAssets.BaseName)]
    [InlineData(WebChatAssets.BundleName)]
    public async Task Each_part_of_web_chat_is_sent_brotli_or_gzip_compressed_to_browsers_that_accept_it_and_plain_to_others(string name)
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();
        await factory.Services.GetRequiredService<WebChatCompression>().PrepareAsync();
        var plain = await (await http.GetAsync($"/webchat/{name}", Cancel)).Content.ReadAsByteArrayAsync(Cancel);
        Assert.True(plain.Length > 400_000, $"{name}: {plain.Length} bytes");
        // V8's hint to compile the script off the main thread works only as the file's very first line.
        Assert.StartsWith("//# allFunctionsCalledOnLoad\n/*!", System.Text.Encoding.UTF8.GetString(plain, 0, 40), StringComparison.Ordinal);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/webchat/{name}");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            var response = await http.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsByteArrayAsync(Cancel);
            Assert.True(body.Length < plain.Length / 2, $"{encoding}: {body.Length} of {plain.Length} bytes");
            await using Stream decoded = encoding == "br" ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress) : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            await decoded.CopyToAsync(copy, Cancel);
            Assert.Equal(plain, copy.ToArray());
        }
    }

    [Fact]
    public async Task A_versioned_url_is_immutable_and_an_unversioned_or_stale_one_is_kept_an_hour()
    {
        await using var factory = new WebChatFactory();
        var http = factory.CreateClient();
        Assert.Matches("^[0-9a-f]{12}$", WebChatAssets.Version);

        var versioned = await http.GetAsync($"/webchat/{WebChatAssets.BundleName}?v={WebChatAssets.Version}", Cancel);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        var stale = await http.GetAsync("/webchat/chat.js?v=000000000000", Cancel);
        Assert.Equal("public, max-age=3600", stale.Headers.CacheControl?.ToString());
        var settings = await http.GetStringAsync("/api/webchat/settings", Cancel);
        Assert.Contains($"\"assetVersion\":\"{WebChatAssets.Version}\"", settings);
    }
}
