namespace MongoPatterns.Bson;

/// <summary>
/// The bookkeeping of a <see cref="BsonDocument"/> that a freshly decoded document does not need: the element count
/// when the array has spare capacity, the change counter for enumerators, the duplicate-name policy and the name index.
/// A document allocates it on its first change, on its first indexed lookup, or when created for building.
/// </summary>
internal sealed class BsonDocumentState
{
    /// <summary>Creates the state of a document that holds <paramref name="count"/> elements.</summary>
    /// <param name="count">The number of elements in use.</param>
    /// <param name="allowDuplicateNames">Whether adding an existing name appends a second element.</param>
    public BsonDocumentState(int count, bool allowDuplicateNames)
    {
        Count = count;
        AllowDuplicateNames = allowDuplicateNames;
    }

    /// <summary>Gets or sets the number of elements in use (the array may be longer).</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the change counter; enumerators fail when it moves.</summary>
    public int Version { get; set; }

    /// <summary>Gets whether adding an existing name appends a second element.</summary>
    public bool AllowDuplicateNames { get; }

    /// <summary>Gets or sets the name index (first position of each name), built lazily for larger documents.</summary>
    public Dictionary<string, int>? Index { get; set; }
}
