using Microsoft.Extensions.Options;
using PartnerBot.Bots;
using PartnerBot.Interview.Phases;
using PartnerBot.Privacy;
using PartnerBot.Profiles;
using PartnerBot.Understanding;

namespace PartnerBot.Interview.Commands;

/// <summary>"meine Daten": everything stored about the customer, consented in this conversation or not. A customer is their channel
/// identity, so every wish they ever gave on this channel is shown, with what the business noted about it.</summary>
internal sealed class MyDataCommand(IProfileStore profiles, IEnumerable<ICustomerDataDisclosure> disclosures, InterviewFlow flow, PhaseRouter phases, IOptions<BotOptions> options) : ICommand
{
    /// <inheritdoc/>
    public Command Command => Command.MyData;

    /// <inheritdoc/>
    public async Task RunAsync(InterviewTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        var found = new List<(PartnerProfile, IReadOnlyList<DisclosedItem>)>();
        foreach (var id in await profiles.FindIdsByCustomerAsync(activity.ChannelId ?? "", activity.From?.Id ?? "", cancellationToken))
        {
            if (await profiles.GetAsync(id, cancellationToken) is { } profile)
            {
                var items = new List<DisclosedItem>();
                foreach (var disclosure in disclosures)
                {
                    items.AddRange(await disclosure.DiscloseAsync(id, cancellationToken));
                }

                found.Add((profile, [.. items.OrderBy(i => i.At)]));
            }
        }

        // The answer quotes stored data: it is not kept in the dialog state for a re-delivery.
        turn.KeepReplies = false;
        if (found.Count == 0)
        {
            turn.Say(turn.Wording.MyDataNone);
        }
        else
        {
            turn.SayApart(MyDataWriter.Write(flow.Questions, found, turn.Wording, turn.Culture, options.Value.BusinessName));
        }

        phases.RepeatPrompt(turn);
    }
}
