using System.ComponentModel.DataAnnotations;

namespace PartnerBot.Privacy;

/// <summary>How long customer data is kept.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Profiles whose interview was never finished are purged after this many days.</summary>
    [Range(1, 3650)]
    public int IncompleteRetentionDays { get; set; } = 30;

    /// <summary>Every profile, with its entries, state and transcript, is purged this many days after its last change.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;
}
