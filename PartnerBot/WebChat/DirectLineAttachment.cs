namespace PartnerBot.WebChat;

/// <summary>One uploaded file as the customer sent it.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The type the browser gave.</param>
/// <param name="Name">The file name the browser gave, if any.</param>
public sealed record DirectLineAttachment(byte[] Content, string ContentType, string? Name);
