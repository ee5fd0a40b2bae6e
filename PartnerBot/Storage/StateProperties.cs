namespace PartnerBot.Storage;

/// <summary>The state properties the bot keeps in conversation and user state, with the type each is read back as.</summary>
/// <remarks>Stored state carries no type names: a property is read as the type registered here, so only known types are ever created from the store.</remarks>
public sealed class StateProperties
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>Registers the property <paramref name="name"/> (the name given to <c>CreateProperty</c>) as a <typeparamref name="T"/>.</summary>
    public StateProperties Add<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _types[name] = typeof(T);
        return this;
    }

    /// <summary>The type of a registered property, or null.</summary>
    public Type? TypeOf(string name) => _types.GetValueOrDefault(name);
}
