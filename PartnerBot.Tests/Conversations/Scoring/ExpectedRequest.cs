namespace PartnerBot.Tests.Conversations.Scoring;

/// <summary>One request the profile must hold: its kind (<c>human</c>, <c>callback</c>, <c>question</c>, <c>complaint</c>) and words its text must contain.</summary>
public sealed record ExpectedRequest(string Kind, IReadOnlyList<string>? TextIncludes = null);
