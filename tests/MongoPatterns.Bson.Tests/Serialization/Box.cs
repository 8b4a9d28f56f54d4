namespace MongoPatterns.Bson.Tests.Serialization;

/// <summary>A document with one member, to test how a single value type is stored.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value, stored as the element <c>value</c>.</param>
public sealed record Box<T>(T Value);
