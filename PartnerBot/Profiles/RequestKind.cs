namespace PartnerBot.Profiles;

/// <summary>The kinds of <see cref="ProfileRequest"/>, as the API names them.</summary>
public static class RequestKind
{
    public const string Human = "human";
    public const string Callback = "callback";
    public const string Question = "question";
    public const string Complaint = "complaint";

    public static readonly IReadOnlyList<string> All = [Human, Callback, Question, Complaint];

    /// <summary>True for the kinds the owner is told about at once (a person, a call back, a complaint).</summary>
    public static bool IsUrgent(string kind) => kind is Human or Callback or Complaint;
}
