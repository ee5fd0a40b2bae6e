using PartnerBot.Understanding;

namespace PartnerBot.Tests.Understanding;

public class CommandRecognizerTests
{
    private readonly CommandRecognizer _commands = new();

    [Theory]
    [InlineData("Hilfe", Command.Help)]
    [InlineData("hilfe!", Command.Help)]
    [InlineData("help", Command.Help)]
    [InlineData("?", Command.Help)]
    [InlineData("abbrechen", Command.Cancel)]
    [InlineData("Cancel", Command.Cancel)]
    [InlineData("stop", Command.Cancel)]
    [InlineData("aufhören", Command.Cancel)]
    [InlineData("neu starten", Command.Restart)]
    [InlineData("Bitte nochmal von vorn", Command.Restart)]
    [InlineData("restart", Command.Restart)]
    [InlineData("can we start over?", Command.Restart)]
    [InlineData("zurück", Command.Back)]
    [InlineData("back", Command.Back)]
    [InlineData("überspringen", Command.Skip)]
    [InlineData("skip", Command.Skip)]
    [InlineData("weiter ohne", Command.Skip)]
    [InlineData("nächste Frage", Command.Skip)]
    [InlineData("Zusammenfassung", Command.Summary)]
    [InlineData("summary", Command.Summary)]
    [InlineData("Was hast du notiert?", Command.Summary)]
    [InlineData("meine Daten", Command.MyData)]
    [InlineData("my data", Command.MyData)]
    [InlineData("Was wissen Sie über mich?", Command.MyData)]
    [InlineData("what do you know about me", Command.MyData)]
    [InlineData("Daten löschen", Command.DeleteData)]
    [InlineData("lösche meine Daten", Command.DeleteData)]
    [InlineData("Bitte löschen Sie meine Daten.", Command.DeleteData)]
    [InlineData("delete my data", Command.DeleteData)]
    [InlineData("forget me", Command.DeleteData)]
    public void Whole_message_commands(string text, Command command)
    {
        var match = _commands.Recognize(text);

        Assert.NotNull(match);
        Assert.Equal(command, match.Command);
        Assert.Null(match.Slot);
    }

    [Theory]
    [InlineData("Name ändern", Command.Back, SlotNames.Name)]
    [InlineData("change my email", Command.Back, SlotNames.Email)]
    [InlineData("E-Mail ändern", Command.Back, SlotNames.Email)]
    [InlineData("Budget überspringen", Command.Skip, SlotNames.Budget)]
    [InlineData("weiter ohne Budget", Command.Skip, SlotNames.Budget)]
    [InlineData("skip the phone number", Command.Skip, SlotNames.Phone)]
    public void Commands_about_one_slot(string text, Command command, string slot)
    {
        var match = _commands.Recognize(text);

        Assert.Equal(new CommandMatch(command, slot), match);
    }

    [Theory]
    [InlineData("ich möchte keine Hilfe bei der Steuer, sondern eine Website")]
    [InlineData("Ich brauche Hilfe bei meiner neuen Website für die Bäckerei")]
    [InlineData("we need to stop losing customers to our competitors")]
    [InlineData("zurück zu meinem Wunsch: ein Shop")]
    [InlineData("Anna Schmidt")]
    [InlineData("ja")]
    [InlineData("")]
    public void Sentences_that_merely_contain_a_command_word(string text)
    {
        Assert.Null(_commands.Recognize(text));
    }
}
