namespace PartnerBot.Understanding;

/// <summary>Commands a customer can give at any time.</summary>
public enum Command
{
    Help,
    Cancel,
    Restart,
    Back,
    Skip,
    Summary,
    MyData,
    DeleteData,
}
