using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnerBot.WebChat;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>Tokens are signed, expire, and open exactly one conversation as one user.</summary>
public sealed class DirectLineTokenTests : WebChatRouteTestBase
{
    [Fact]
    public async Task Generate_issues_a_token_bound_to_a_new_conversation_and_user_and_ignores_a_chosen_user_id()
    {
        var response = await Http.PostAsync("/v3/directline/tokens/generate", new StringContent("""{"user":{"id":"victim","name":"Anna"}}""", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.NotEqual("victim", (string?)body["userId"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)body["conversationId"]);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(Pad(((string)body["token"]!).Split('.')[1]))))!;
        Assert.Equal((string?)body["userId"], (string?)payload["user"]);
        Assert.Equal("Anna", (string?)payload["name"]);
    }

    [Fact]
    public async Task A_token_used_on_another_conversation_answers_403()
    {
        var (first, _) = await StartAsync(Http);
        var (second, _) = await StartAsync(Http);

        Assert.Equal(HttpStatusCode.Forbidden, (await first.SendAsync(HttpMethod.Get, $"/conversations/{second.ConversationId}/activities?watermark=")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.SendAsync(HttpMethod.Post, $"/conversations/{second.ConversationId}/activities", Message("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.SendAsync(HttpMethod.Get, $"/conversations/{second.ConversationId}")).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_answers_403_BadArgument_and_a_missing_one_401_as_Direct_Line_does()
    {
        var (client, _) = await StartAsync(Http);
        var parts = client.Token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities", token: forged);

        // TokenExpired is for a valid token that expired: a forged one is not a token at all.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("BadArgument", (string?)(await ReadAsync(response))["error"]!["code"]);
        var garbage = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}", token: "not-a-token");
        Assert.Equal("BadArgument", (string?)(await ReadAsync(garbage))["error"]!["code"]);
        var anonymous = await Http.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.NotNull((await ReadAsync(anonymous))["error"]?["code"]);
    }

    [Fact]
    public void An_expired_token_is_told_apart_from_one_that_is_not_ours()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", CultureInfo.InvariantCulture));
        var tokens = new DirectLineTokenService(Options.Create(new WebChatOptions { TokenLifetime = TimeSpan.FromHours(1) }), time);
        var token = tokens.Issue("c1", "u1", null);
        time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal((null, true), tokens.Inspect(token, DirectLineTokenScope.Api));
        Assert.Equal((null, false), tokens.Inspect(token[..^3] + "AAA", DirectLineTokenScope.Api));
        Assert.Equal((null, false), tokens.Inspect("x.y.z", DirectLineTokenScope.Api));
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation()
    {
        var (client, _) = await StartAsync(Http);

        var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        client.Token = (string)body["token"]!;
        Assert.Single(Activities(await client.PollAsync()));
    }

    [Fact]
    public async Task The_stream_token_does_not_open_the_REST_routes()
    {
        var (client, started) = await StartAsync(Http);
        var streamToken = Uri.UnescapeDataString(new Uri((string)started["streamUrl"]!).Query.Split("t=")[1].Split('&')[0]);

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}/activities", token: streamToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void Tokens_expire_after_their_lifetime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z", CultureInfo.InvariantCulture));
        var tokens = new DirectLineTokenService(Options.Create(new WebChatOptions { TokenLifetime = TimeSpan.FromHours(1) }), time);
        var token = tokens.Issue("c1", "u1", null);

        Assert.Equal("c1", tokens.Validate(token, DirectLineTokenScope.Api)?.ConversationId);
        time.Advance(TimeSpan.FromMinutes(61));
        Assert.Null(tokens.Validate(token, DirectLineTokenScope.Api));
    }

    [Fact]
    public void A_token_signed_with_another_key_is_refused()
    {
        var time = TimeProvider.System;
        var ours = new DirectLineTokenService(Options.Create(new WebChatOptions()), time);
        var theirs = new DirectLineTokenService(Options.Create(new WebChatOptions()), time);

        Assert.Null(ours.Validate(theirs.Issue("c1", "u1", null), DirectLineTokenScope.Api));
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text + new string('=', (4 - (text.Length % 4)) % 4);
    }
}
