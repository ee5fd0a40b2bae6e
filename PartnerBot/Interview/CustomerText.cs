using System.Text;

namespace PartnerBot.Interview;

/// <summary>
/// What a customer wrote, made safe to repeat in a bot message: the message is Markdown (Web Chat, Teams, the Emulator render it),
/// so the characters that open an image, a link, a tag or emphasis are escaped and line breaks folded, and the text shows as typed.
/// </summary>
public static class CustomerText
{
    /// <summary>The text with Markdown's and HTML's active characters backslash-escaped, on one line.</summary>
    public static string Markdown(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    // A new line could start a heading, a list or a block quote of the customer's making.
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
