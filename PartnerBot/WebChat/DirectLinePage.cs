using System.Globalization;
using System.Text;

namespace PartnerBot.WebChat;

/// <summary>The logged activities after a watermark, each with its sequence number, and the conversation's watermark read with them.</summary>
public sealed record DirectLinePage(IReadOnlyList<(long Sequence, string Json)> Entries, long Watermark)
{
    /// <summary>The page as Direct Line's <c>{"activities":[…],"watermark":"N"}</c>.</summary>
    public string Frame() => Frame(Entries.Select(e => e.Json), Watermark);

    /// <summary>A <c>{"activities":[…],"watermark":"N"}</c> of activities already serialized.</summary>
    public static string Frame(IEnumerable<string> activities, long watermark)
    {
        var builder = new StringBuilder("{\"activities\":[");
        builder.AppendJoin(',', activities);
        builder.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return builder.ToString();
    }
}
