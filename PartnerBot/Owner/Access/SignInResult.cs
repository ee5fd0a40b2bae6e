namespace PartnerBot.Owner.Access;

/// <summary>What a sign-in attempt came to, and when a refused one may try again.</summary>
public readonly record struct SignInResult(SignInOutcome Outcome, TimeSpan RetryAfter);
