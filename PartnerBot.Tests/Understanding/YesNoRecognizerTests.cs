using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

public class YesNoRecognizerTests
{
    private readonly YesNoRecognizer _yesNo = new();

    [Theory]
    [InlineData("ja")]
    [InlineData("Ja!")]
    [InlineData("JAWOHL")]
    [InlineData("klar")]
    [InlineData("gerne")]
    [InlineData("gern")]
    [InlineData("ok")]
    [InlineData("Okay.")]
    [InlineData("einverstanden")]
    [InlineData("passt")]
    [InlineData("stimmt")]
    [InlineData("genau")]
    [InlineData("richtig")]
    [InlineData("sicher")]
    [InlineData("natürlich")]
    [InlineData("ja bitte")]
    [InlineData("Ja, gerne!")]
    [InlineData("das passt")]
    [InlineData("auf jeden Fall")]
    [InlineData("na klar")]
    [InlineData("yes")]
    [InlineData("Yep")]
    [InlineData("yeah")]
    [InlineData("sure")]
    [InlineData("of course")]
    [InlineData("fine")]
    [InlineData("correct")]
    [InlineData("agreed")]
    [InlineData("yes please")]
    [InlineData("👍")]
    [InlineData("ja, mein Name ist Anna")]
    [InlineData("Ja ich heiße Anna")]
    [InlineData("Das ist richtig")]
    [InlineData("no problem")]
    [InlineData("kein Problem")]
    public void Yes(string text)
    {
        Assert.Equal(YesNo.Yes, _yesNo.Recognize(text));
    }

    [Theory]
    [InlineData("nein")]
    [InlineData("Nein.")]
    [InlineData("nee")]
    [InlineData("nö")]
    [InlineData("lieber nicht")]
    [InlineData("Auf keinen Fall!")]
    [InlineData("nein danke")]
    [InlineData("sicher nicht")]
    [InlineData("nicht wirklich")]
    [InlineData("no")]
    [InlineData("NOPE")]
    [InlineData("not really")]
    [InlineData("no thanks")]
    [InlineData("👎")]
    [InlineData("Nein, ich heiße Anna Maier")]
    [InlineData("Das ist falsch")]
    [InlineData("not good")]
    public void No(string text)
    {
        Assert.Equal(YesNo.No, _yesNo.Recognize(text));
    }

    [Theory]
    [InlineData("ich brauche keine Website")]
    [InlineData("Ich bin mir nicht sicher")]
    [InlineData("keine Ahnung")]
    [InlineData("no idea")]
    [InlineData("not sure")]
    [InlineData("vielleicht")]
    [InlineData("Klar brauche ich eine Website, am besten mit Shop und Blog")]
    [InlineData("Anna Schmidt")]
    [InlineData("😀")]
    [InlineData("")]
    [InlineData("   ")]
    public void Neither(string text)
    {
        Assert.Equal(YesNo.None, _yesNo.Recognize(text));
    }
}
