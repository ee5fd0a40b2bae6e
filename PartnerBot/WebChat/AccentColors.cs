using System.Globalization;

namespace PartnerBot.WebChat;

/// <summary>Keeps a business's accent colour readable: white text on it needs a contrast of 4.5:1 (WCAG 2.2 AA), so a colour too light is darkened until it has.</summary>
public static class AccentColors
{
    /// <summary>The contrast WCAG 2.2 AA asks of normal text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary><paramref name="hex"/> (<c>#rrggbb</c>) as it is when white text on it is readable, else the nearest darker shade of the same hue that is.</summary>
    public static string ReadableUnderWhiteText(string hex)
    {
        var (r, g, b) = Parse(hex);
        // Scaling all channels keeps the hue; 2 % steps stay close to the brand colour. Black always passes, so this ends.
        for (var scale = 1.0; scale > 0; scale -= 0.02)
        {
            var shade = (Scale(r, scale), Scale(g, scale), Scale(b, scale));
            if (ContrastWithWhite(shade) >= MinimumContrast)
            {
                return Format(shade);
            }
        }

        return "#000000";
    }

    /// <summary>The contrast ratio of white against the colour, 1 to 21.</summary>
    public static double ContrastWithWhite((int R, int G, int B) color) => 1.05 / (Luminance(color) + 0.05);

    private static (int R, int G, int B) Parse(string hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour such as #b5651d.");
        }

        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    private static int Scale(int channel, double scale) => (int)Math.Floor(channel * scale);

    private static string Format((int R, int G, int B) color) =>
        string.Create(CultureInfo.InvariantCulture, $"#{color.R:x2}{color.G:x2}{color.B:x2}");

    private static double Luminance((int R, int G, int B) color) =>
        (0.2126 * Linear(color.R)) + (0.7152 * Linear(color.G)) + (0.0722 * Linear(color.B));

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
