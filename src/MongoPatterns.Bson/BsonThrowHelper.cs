using System.Diagnostics.CodeAnalysis;

namespace MongoPatterns.Bson;

/// <summary>Throw helpers kept out of hot paths so that callers stay small and inlinable.</summary>
internal static class BsonThrowHelper
{
    [DoesNotReturn]
    public static T ThrowInvalidCast<T>(BsonValue value, string target) =>
        throw new InvalidCastException($"Cannot cast a BSON {value.BsonType} value to {target}.");

    [DoesNotReturn]
    public static void ThrowInvalidCast(BsonValue value, string target) =>
        throw new InvalidCastException($"Cannot cast a BSON {value.BsonType} value to {target}.");

    [DoesNotReturn]
    public static void ThrowKeyNotFound(string name) =>
        throw new KeyNotFoundException($"The document has no element named '{name}'.");

    [DoesNotReturn]
    public static void ThrowDuplicateName(string name) =>
        throw new ArgumentException(
            $"The document already has an element named '{name}'. Use Set to replace it, or create the document with allowDuplicateNames: true.",
            nameof(name));

    [DoesNotReturn]
    public static void ThrowIndexOutOfRange(int index, int count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {count - 1}.");

    [DoesNotReturn]
    public static void ThrowCollectionModified() =>
        throw new InvalidOperationException("The collection was modified while it was being enumerated.");
}
