using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Bson.Tests.Fuzzing;

/// <summary>A POCO that takes any corpus document: the corpus keys as objects, everything else as extra elements.</summary>
public sealed class FuzzDynamic
{
    public object? D { get; set; }

    public object? A { get; set; }

    public object? X { get; set; }

    [BsonExtraElements]
    public Dictionary<string, object?>? Extra { get; set; }
}

/// <summary>A record that reads the corpus keys as <typeparamref name="T"/>, so mismatches and conversions are exercised.</summary>
/// <typeparam name="T">The member type under test.</typeparam>
/// <param name="D">The corpus key "d".</param>
/// <param name="A">The corpus key "a".</param>
/// <param name="X">The corpus key "x".</param>
[BsonIgnoreExtraElements]
public sealed record FuzzTyped<T>(T? D, T? A, T? X);

/// <summary>An enum for the typed fuzz targets.</summary>
public enum FuzzColor
{
    Red,
    Green,
}
