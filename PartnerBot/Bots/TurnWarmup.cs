using System.Diagnostics;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using PartnerBot.Hosting;
using PartnerBot.Privacy;

namespace PartnerBot.Bots;

/// <summary>Before the app says it is ready, runs a short interview through the whole turn (activity JSON, adapter, middleware,
/// bot, store, reply JSON) and then erases it, so the first customer's first reply costs what every later one does.</summary>
/// <remarks>It waits for the other start-up steps (store, recognizers). The warm-up customer consents so that the profile and
/// transcript paths are warm too; everything it leaves is erased before <c>/healthz</c> turns ready. Off with <c>Bot:WarmUpTurns=false</c>.</remarks>
public sealed class TurnWarmup : IHostedService
{
    /// <summary>The channel the warm-up conversation claims to come from.</summary>
    public const string ChannelId = "directline";

    private static readonly string[] Script = ["ja", "Anna Schmidt", "bis Ende März für ca. 5.000 €"];

    private readonly PartnerBotAdapter _adapter;
    private readonly IBot _bot;
    private readonly ICustomerDataEraser _eraser;
    private readonly IOptions<MicrosoftAppOptions> _app;
    private readonly Readiness _readiness;
    private readonly ILogger<TurnWarmup> _logger;
    private readonly bool _enabled;
    private readonly CancellationTokenSource _stopping = new(); // no timer: needs no disposal, and the host may stop a disposed service
    private Task _run = Task.CompletedTask;

    public TurnWarmup(PartnerBotAdapter adapter, IBot bot, ICustomerDataEraser eraser, IOptions<MicrosoftAppOptions> app, IOptions<BotOptions> options, Readiness readiness, ILogger<TurnWarmup> logger)
    {
        _adapter = adapter;
        _bot = bot;
        _eraser = eraser;
        _app = app;
        _readiness = readiness;
        _logger = logger;
        _enabled = options.Value.WarmUpTurns;
        if (_enabled)
        {
            _readiness.ExpectFinal();
        }
    }

    /// <summary>Completes when the warm-up has run (or was off).</summary>
    public Task Completion => _run;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_enabled)
        {
            _run = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _run.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _readiness.WhenStepsDone.WaitAsync(cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            var id = "partnerbot-warmup-" + Guid.NewGuid().ToString("N");
            try
            {
                var unanswered = 0;
                for (var step = 0; step <= Script.Length; step++)
                {
                    unanswered += await TurnAsync(id, step, step == 0 ? null : Script[step - 1], cancellationToken) ? 0 : 1;
                }

                if (unanswered > 0)
                {
                    _logger.LogWarning("Warm-up: {Unanswered} of {Turns} turns got no reply", unanswered, Script.Length + 1);
                }
            }
            finally
            {
                await _eraser.EraseCustomerAsync(ChannelId, id, [id], CancellationToken.None);
            }

            _logger.LogInformation("Turn pipeline warm after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the app was ready.
        }
        catch (Exception exception)
        {
            // The bot still works; only the first customer pays the cold start.
            _logger.LogError("The warm-up turn failed: {ExceptionType}: {Message}", exception.GetType().FullName, exception.Message);
        }
        finally
        {
            _readiness.CompleteFinal();
        }
    }

    /// <summary>One turn as a channel would send it with <c>expectReplies</c>; true when the bot answered.</summary>
    private async Task<bool> TurnAsync(string id, int step, string? text, CancellationToken cancellationToken)
    {
        var json = $$"""
            {"type":"{{(text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message)}}","id":"{{id}}-{{step}}","channelId":"{{ChannelId}}",
             "serviceUrl":"http://127.0.0.1/","deliveryMode":"expectReplies","locale":"de-DE","text":{{Newtonsoft.Json.JsonConvert.ToString(text)}},
             "conversation":{"id":"{{id}}"},"from":{"id":"{{id}}","role":"user"},"recipient":{"id":"partnerbot","role":"bot"},
             "membersAdded":{{(text is null ? $$"""[{"id":"{{id}}"}]""" : "null")}}}
            """;
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var activity = MessagesEndpoint.Deserialize(body) ?? throw new InvalidOperationException("The warm-up activity did not parse.");
        InvokeResponse? response = null;
        await _adapter.ContinueConversationAsync(_app.Value.MicrosoftAppId ?? "", activity, async (turn, ct) =>
        {
            await _bot.OnTurnAsync(turn, ct);
            response = new InvokeResponse { Status = StatusCodes.Status200OK, Body = new ExpectedReplies(((TurnContext)turn).BufferedReplyActivities) };
        }, cancellationToken);

        if (response is null)
        {
            return false;
        }

        var http = new DefaultHttpContext();
        http.Response.Body = Stream.Null;
        await HttpHelper.WriteResponseAsync(http.Response, response);
        return response.Body is ExpectedReplies { Activities.Count: > 0 };
    }
}
