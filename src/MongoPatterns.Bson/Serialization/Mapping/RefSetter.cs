namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>Assigns a member of <paramref name="target"/>; by reference so that structs are updated in place.</summary>
/// <typeparam name="TClass">The declaring class or struct.</typeparam>
/// <typeparam name="TMember">The member type.</typeparam>
/// <param name="target">The instance.</param>
/// <param name="value">The value.</param>
internal delegate void RefSetter<TClass, in TMember>(ref TClass target, TMember value);
