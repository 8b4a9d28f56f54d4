namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>The compiled ways to create and complete instances of <typeparamref name="TClass"/> when reading.</summary>
/// <typeparam name="TClass">The mapped class or struct.</typeparam>
internal sealed class ClassCreation<TClass>
{
    /// <summary>Gets the parameterless factory (members are then assigned one by one), if that is how instances are created.</summary>
    public Func<TClass>? Factory { get; init; }

    /// <summary>Gets the constructor call taking values from member slots, if instances are created through a constructor with parameters.</summary>
    public Func<object?[], TClass>? Creator { get; init; }

    /// <summary>Gets, per member slot, the value used when its element is missing (constructor parameter members only).</summary>
    public object?[] SlotDefaults { get; init; } = [];

    /// <summary>Gets why instances cannot be created, when neither <see cref="Factory"/> nor <see cref="Creator"/> is set.</summary>
    public string? CannotCreateReason { get; init; }

    public ExtraElementsBinding<TClass>? ExtraElements { get; init; }

    public MemberBinding<TClass>[] Members { get; init; } = [];
}
