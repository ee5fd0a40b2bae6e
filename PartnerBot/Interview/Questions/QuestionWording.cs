namespace PartnerBot.Interview.Questions;

/// <summary>The words of one question in one language: the question, the second try and the label in summaries and on the dashboard.</summary>
public sealed record QuestionWording(string Ask, string Retry, string Label);
