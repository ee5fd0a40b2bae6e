using PartnerBot.Profiles;

namespace PartnerBot.Storage;

/// <summary>One profile save of a turn: the profile's fields and the entries to append (see <see cref="IProfileStore.SaveAsync"/>).</summary>
public sealed record ProfileWrite(PartnerProfile Profile, IReadOnlyList<ProfileEntry> Entries);
