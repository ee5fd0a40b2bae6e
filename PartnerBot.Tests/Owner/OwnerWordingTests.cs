using PartnerBot.Owner.Wording;

namespace PartnerBot.Tests.Owner;

public class OwnerWordingTests
{
    [Fact]
    public void German_English_and_French_say_the_same_things()
    {
        var catalog = new OwnerWordingCatalog();
        var german = catalog.For("de").Keys.Order().ToList();
        var english = catalog.For("en").Keys.Order().ToList();
        Assert.NotEmpty(german);
        Assert.Equal(german, english);
        Assert.Equal(german, catalog.For("fr").Keys.Order().ToList());
        Assert.Equal("Boîte de réception", catalog.For("fr")["nav.inbox"]);
        Assert.Equal("de", catalog.For("it").Language);
    }
}
