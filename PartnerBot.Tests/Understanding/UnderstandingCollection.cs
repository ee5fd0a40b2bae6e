namespace PartnerBot.Tests.Understanding;

/// <summary>Shares one <see cref="UnderstandingFixture"/> between the understanding test classes.</summary>
[CollectionDefinition(nameof(UnderstandingCollection))]
public sealed class UnderstandingCollection : ICollectionFixture<UnderstandingFixture>;
