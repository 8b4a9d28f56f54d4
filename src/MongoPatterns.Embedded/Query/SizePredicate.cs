using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$size</c>: an array with exactly this many elements (never traverses into the array).</summary>
internal sealed class SizePredicate : ValuePredicate
{
    private readonly int _size;

    /// <summary>Creates the predicate.</summary>
    /// <param name="size">The required element count.</param>
    public SizePredicate(int size) => _size = size;

    /// <inheritdoc/>
    public override bool TraversesLeafArrays => false;

    /// <inheritdoc/>
    public override bool Matches(BsonValue? value) => value is BsonArray array && array.Count == _size;
}
