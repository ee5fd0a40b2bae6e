namespace PartnerBot.Profiles;

/// <summary>One page of profiles, newest first, and how many match in all.</summary>
public sealed record ProfilePage(IReadOnlyList<PartnerProfile> Items, int Total);
