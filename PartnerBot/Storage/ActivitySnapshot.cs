using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Bot.Schema;

namespace PartnerBot.Storage;

/// <summary>A copy of an activity as it was when the transcript took it: its own top-level values and its own sender account,
/// so later changes to the activity (an id, a timestamp, the sender's role) do not reach what is written.</summary>
/// <remarks>The SDK's transcript middleware copies through a JSON round trip, which costs more than the rest of the transcript.
/// The copier is compiled once from the activity type's writable properties, so a property added to the schema is copied too.
/// Attachments, entities, channel data and values are shared with the original: nothing changes them once an activity is sent.</remarks>
internal static class ActivitySnapshot
{
    private static readonly Func<Activity, Activity> CopyProperties = BuildCopier();

    /// <summary>The copy of <paramref name="activity"/>.</summary>
    public static Activity Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var source = activity as Activity ?? TranscriptJson.AsActivity(activity);
        var copy = CopyProperties(source);
        if (source.From is { } from)
        {
            copy.From = new ChannelAccount(from.Id, from.Name, from.Role, from.AadObjectId) { Properties = from.Properties };
        }

        return copy;
    }

    private static Func<Activity, Activity> BuildCopier()
    {
        var source = Expression.Parameter(typeof(Activity), "source");
        var bindings = typeof(Activity).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0 && p.SetMethod!.IsPublic)
            .Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(source, p)));
        var body = Expression.MemberInit(Expression.New(typeof(Activity)), bindings);
        return Expression.Lambda<Func<Activity, Activity>>(body, source).Compile();
    }
}
