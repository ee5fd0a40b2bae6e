using Microsoft.Bot.Builder;

namespace PartnerBot.Tests.Storage;

public sealed class PocoStoreItem : IStoreItem
{
    public string? Id { get; set; }
    public int Count { get; set; }
    public string? ETag { get; set; }
}
