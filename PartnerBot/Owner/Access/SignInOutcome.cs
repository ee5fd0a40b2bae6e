namespace PartnerBot.Owner.Access;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    /// <summary>Name and password are right.</summary>
    Success,

    /// <summary>Unknown name or wrong password (deliberately not told apart).</summary>
    Failed,

    /// <summary>Too many failures: no attempt is checked until the lock ends.</summary>
    LockedOut,
}
