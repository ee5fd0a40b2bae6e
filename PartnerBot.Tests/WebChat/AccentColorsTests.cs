using System.Globalization;
using PartnerBot.WebChat;

namespace PartnerBot.Tests.WebChat;

public sealed class AccentColorsTests
{
    [Theory]
    [InlineData("#1a5fb4")]
    [InlineData("#7a2e0e")]
    public void A_colour_that_carries_white_text_stays_as_it_is(string colour) =>
        Assert.Equal(colour, AccentColors.ReadableUnderWhiteText(colour));

    [Theory]
    [InlineData("#f5a623")]
    [InlineData("#ffd400")]
    [InlineData("#ffffff")]
    [InlineData("#c0612b")]
    public void A_colour_too_light_for_white_text_is_darkened_just_enough(string colour)
    {
        var adjusted = AccentColors.ReadableUnderWhiteText(colour);

        Assert.NotEqual(colour, adjusted);
        Assert.True(AccentColors.ContrastWithWhite(Rgb(adjusted)) >= AccentColors.MinimumContrast, $"{adjusted} is still too light");
        // One 2 % step lighter would fail again: the brand colour is kept as far as it can be.
        var (r, g, b) = Rgb(adjusted);
        var lighter = ((int)Math.Min(255, Math.Ceiling(r / 0.98)), (int)Math.Min(255, Math.Ceiling(g / 0.98)), (int)Math.Min(255, Math.Ceiling(b / 0.98)));
        Assert.True(AccentColors.ContrastWithWhite(lighter) < AccentColors.MinimumContrast + 0.3);
    }

    [Fact]
    public void The_hue_is_kept_while_darkening()
    {
        var (r, g, b) = Rgb(AccentColors.ReadableUnderWhiteText("#f5a623"));
        Assert.True(r > g && g > b, "orange stays orange");
    }

    [Theory]
    [InlineData("orange")]
    [InlineData("#12345")]
    [InlineData("#zzzzzz")]
    public void Something_that_is_not_a_colour_is_refused(string value) =>
        Assert.Throws<FormatException>(() => AccentColors.ReadableUnderWhiteText(value));

    private static (int R, int G, int B) Rgb(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
