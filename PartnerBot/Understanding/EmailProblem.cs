namespace PartnerBot.Understanding;

/// <summary>Why an address the customer clearly attempted is no e-mail address.</summary>
public enum EmailProblem
{
    /// <summary>No top-level domain ("anna@gmx").</summary>
    MissingTld,

    /// <summary>A comma instead of the dot ("anna@gmx,de").</summary>
    CommaForDot,

    /// <summary>No @ ("anna.gmx.de").</summary>
    MissingAt,

    /// <summary>Two @ ("anna@@gmx.de").</summary>
    DoubleAt,

    /// <summary>A space inside the address ("anna @gmx.de").</summary>
    SpaceInAddress,

    /// <summary>A mistyped top-level domain ("…@gmail.con").</summary>
    TypoTld,
}
