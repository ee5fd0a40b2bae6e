namespace PartnerBot.Owner.Handoff;

/// <summary>One conversation's handoff: its status, who holds it, and where the customer is (the conversation reference).</summary>
public sealed record HandoffChat
{
    /// <summary>A random id (32 hex digits) for the dashboard's addresses; the conversation id is never one.</summary>
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public HandoffStatus Status { get; init; }

    /// <summary>Grows with every change; a change names the version it was decided on, so two staff members can never both take over.</summary>
    public long Version { get; init; }

    /// <summary>The staff member's id (<see cref="OwnerHolder"/> for the owner); null unless held.</summary>
    public string? HolderId { get; init; }

    /// <summary>The name the customer is told ("Frau Schulz"); null unless held.</summary>
    public string? HolderName { get; init; }

    /// <summary>The customer's name as far as they gave it (after consent); null for a stranger.</summary>
    public string? CustomerName { get; init; }

    public required string Locale { get; init; }

    /// <summary>The Bot Framework conversation reference (JSON) the staff member's messages are sent with.</summary>
    public required string Reference { get; init; }

    /// <summary>When the customer asked for a person.</summary>
    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The holder id of the owner (who has no staff account).</summary>
    public const string OwnerHolder = "owner";

    /// <summary>True while the queue or a staff member has it.</summary>
    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Held;
}
