namespace PartnerBot.Tests.Storage;

public sealed class NestedItem
{
    public int Depth { get; set; }
    public NestedItem? Child { get; set; }

    public static NestedItem Build(int levels)
    {
        var item = new NestedItem { Depth = levels };
        for (var depth = levels - 1; depth >= 1; depth--)
        {
            item = new NestedItem { Depth = depth, Child = item };
        }

        return item;
    }
}
