namespace PartnerBot.Understanding;

/// <summary>Agreement or refusal, in German or English.</summary>
public enum YesNo
{
    None,
    Yes,
    No,
}
