namespace PartnerBot.Tests.Storage;

public sealed class PocoItem
{
    public string? Id { get; set; }
    public int Count { get; set; }
    public List<string> Tags { get; set; } = [];
}
