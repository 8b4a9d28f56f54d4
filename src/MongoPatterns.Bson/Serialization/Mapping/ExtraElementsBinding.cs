using System.Collections.Frozen;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>Collects the elements no member matches into the <c>[BsonExtraElements]</c> member, and writes them back.</summary>
/// <typeparam name="TClass">The mapped class or struct.</typeparam>
internal abstract class ExtraElementsBinding<TClass>
{
    /// <summary>Creates the collection that gathers one document's extra elements.</summary>
    public abstract object CreateCollector();

    /// <summary>Reads one extra element into the collector.</summary>
    public abstract void Read(ref BsonBinaryReader reader, string name, BsonType type, object collector);

    /// <summary>Stores the collector in the member.</summary>
    public abstract void Assign(ref TClass instance, object collector);

    /// <summary>Writes the member's elements, except those whose names a mapped member already wrote.</summary>
    public abstract void Write(BsonBinaryWriter writer, TClass instance, FrozenSet<string> mappedElementNames);
}
