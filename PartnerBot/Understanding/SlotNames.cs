namespace PartnerBot.Understanding;

/// <summary>The names of the interview's slots and of the profile entries.</summary>
public static class SlotNames
{
    public const string Name = "name";
    public const string Wish = "wish";
    public const string Vision = "vision";
    public const string Timeframe = "timeframe";
    public const string Budget = "budget";
    public const string Contact = "contact";
    public const string Email = "email";
    public const string Phone = "phone";
}
