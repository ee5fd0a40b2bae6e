using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnerBot.Profiles;
using static PartnerBot.Tests.WebChat.DirectLineClient;

namespace PartnerBot.Tests.WebChat;

/// <summary>A customer on the website as the page runs it (token from <c>/api/webchat/token</c>, local Direct Line), with the real bot.</summary>
public static class WebsiteCustomer
{
    /// <summary>What Anna answers to complete the interview: consent, name, wish, vision, timeframe, budget, e-mail, confirmation.</summary>
    public static readonly string[] AnnasAnswers =
    [
        "ja",
        "Anna Schmidt",
        "eine neue Website für meine Bäckerei",
        "Ich möchte, dass meine Kunden online vorbestellen können",
        "bis Ende März",
        "5.000 €",
        "anna@example.com",
        "ja",
    ];

    /// <summary>Starts a conversation and says each answer; every post returns after the bot's turn.</summary>
    public static async Task<DirectLineClient> CompleteInterviewAsync(HttpClient http, IEnumerable<string>? answers = null)
    {
        var (client, _) = await StartAsync(http);
        foreach (var answer in answers ?? AnnasAnswers)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(Message(answer))).StatusCode);
        }

        return client;
    }

    /// <summary>The website customer's profiles in the store.</summary>
    public static async Task<List<PartnerProfile>> ProfilesAsync(IServiceProvider services, string userId)
    {
        var store = services.GetRequiredService<IProfileStore>();
        var profiles = new List<PartnerProfile>();
        foreach (var id in await store.FindIdsByCustomerAsync(PartnerBot.WebChat.WebsiteChannel.Id, userId, Cancel))
        {
            if (await store.GetAsync(id, Cancel) is { } profile)
            {
                profiles.Add(profile);
            }
        }

        return profiles;
    }

    /// <summary>Every bot text in the conversation so far.</summary>
    public static async Task<string> TranscriptAsync(DirectLineClient client) => string.Join("\n", Texts(await client.PollAsync()));
}
