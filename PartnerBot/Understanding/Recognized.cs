namespace PartnerBot.Understanding;

/// <summary>A recognised value and the stretch of the message it came from.</summary>
public sealed record Recognized<T>(T Value, TextSpan Span);
