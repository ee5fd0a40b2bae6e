using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>An uploaded file comes back in the echo with a <c>contentUrl</c> that only the conversation's own tokens open.</summary>
public sealed class AttachmentUrlTests : WebChatRouteTestBase
{
    private static readonly byte[] Picture = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5];

    [Fact]
    public async Task The_echo_has_a_content_url_that_returns_the_bytes_to_the_conversation_only()
    {
        var (client, _) = await StartAsync(Http);
        var url = await UploadAsync(client, Picture, "image/png", "laden.png");
        Assert.StartsWith($"http://localhost/v3/directline/conversations/{client.ConversationId}/attachments/", url);

        // What an <img> does: the URL alone, no Authorization header.
        var shown = await Http.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("image/png", shown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Picture, await shown.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("nosniff", shown.Headers.GetValues("X-Content-Type-Options").Single());

        // The API token as a Bearer header opens it too.
        var path = new Uri(url).GetLeftPart(UriPartial.Path);
        Assert.Equal(Picture, await (await GetAsync(path, client.Token)).Content.ReadAsByteArrayAsync(Cancel));

        // Another conversation's token: refused, as header and as the ?t= of its own attachment URL.
        var (other, _) = await StartAsync(Http);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(path, other.Token)).StatusCode);
        var otherUrl = await UploadAsync(other, [9, 9], "image/png", "x.png");
        var otherQuery = new Uri(otherUrl).Query;
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.GetAsync(path + otherQuery, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync(path, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.GetAsync(path + "?t=forged", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"{Domain}/conversations/{client.ConversationId}/attachments/{new string('0', 32)}", client.Token)).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_a_download_and_never_a_page_of_this_site()
    {
        var (client, _) = await StartAsync(Http);
        var url = await UploadAsync(client, "<script>alert(1)</script>"u8.ToArray(), "text/html", "seite.html");
        var response = await Http.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task The_files_go_with_the_conversation_and_the_memory_they_take_is_bounded()
    {
        var (client, _) = await StartAsync(Http);
        var url = await UploadAsync(client, Picture, "image/png", "laden.png");
        var store = Factory.Services.GetRequiredService<DirectLineConversationStore>();
        Assert.Equal(Picture.Length, store.Attachments.Bytes);

        await store.EraseAsync(client.ConversationId, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(0, store.Attachments.Bytes);

        var small = new DirectLineAttachments(maxBytes: 10);
        var first = small.Add("c1", new byte[6], "image/png", null)!;
        var second = small.Add("c1", new byte[6], "image/png", null)!;
        Assert.Null(small.Find("c1", first));
        Assert.NotNull(small.Find("c1", second));
        Assert.Equal(6, small.Bytes);
        Assert.Null(small.Add("c2", new byte[11], "image/png", null));
        small.Remove("c1");
        Assert.Equal(0, small.Bytes);
        Assert.NotNull(small.Add("c3", new byte[10], "image/png", null));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request, Cancel);
    }

    /// <summary>Uploads one file as Web Chat does and returns the echo's contentUrl.</summary>
    private async Task<string> UploadAsync(DirectLineClient client, byte[] bytes, string type, string name)
    {
        using var form = new MultipartFormDataContent();
        var activity = new StringContent(Message("Hier ein Bild", "upload-" + name, client.UserId).ToJsonString());
        activity.Headers.ContentType = new("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        form.Add(new ByteArrayContent(bytes) { Headers = { ContentType = new(type) } }, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Domain}/conversations/{client.ConversationId}/upload?userId={client.UserId}") { Content = form };
        request.Headers.Authorization = new("Bearer", client.Token);
        Assert.Equal(HttpStatusCode.OK, (await Http.SendAsync(request, Cancel)).StatusCode);

        var echo = Activities(await client.PollAsync("1")).First(a => (string?)a["from"]!["role"] == "user");
        var url = (string?)echo["attachments"]![0]!["contentUrl"];
        Assert.False(string.IsNullOrEmpty(url));
        return url!;
    }
}
