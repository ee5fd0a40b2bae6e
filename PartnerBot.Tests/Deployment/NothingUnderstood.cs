using PartnerBot.Understanding;

namespace PartnerBot.Tests.Deployment;

/// <summary>
/// A stand-in used only while the app registers no <see cref="ITextUnderstanding"/> of its own (it comes from another
/// branch): the authentication tests never reach the conversation, but the app must be able to start.
/// </summary>
internal sealed class NothingUnderstood : ITextUnderstanding
{
    public Understood Understand(string text, string locale, string? expectedSlot, DateTimeOffset now) => new() { Remainder = text };
}
