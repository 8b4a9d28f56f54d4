namespace MongoPatterns.Bson;

/// <summary>
/// The storage of a <see cref="BsonDocument"/> that has changed, or needs what a freshly decoded document does not: an
/// element array with spare capacity and its count, the change counter for enumerators, the duplicate-name policy and
/// the name index. A decoded document holds just its exactly sized element array until its first change or indexed
/// lookup.
/// </summary>
internal sealed class BsonDocumentState
{
    /// <summary>Creates the state of a document whose first <paramref name="count"/> slots are its elements.</summary>
    /// <param name="elements">The element array (it may be longer than <paramref name="count"/>).</param>
    /// <param name="count">The number of elements in use.</param>
    /// <param name="allowDuplicateNames">Whether adding an existing name appends a second element.</param>
    public BsonDocumentState(BsonElement[] elements, int count, bool allowDuplicateNames)
    {
        Elements = elements;
        Count = count;
        AllowDuplicateNames = allowDuplicateNames;
    }

    /// <summary>Gets or sets the element array; slots from <see cref="Count"/> on are unused (default).</summary>
    public BsonElement[] Elements { get; set; }

    /// <summary>Gets or sets the number of elements in use (the array may be longer).</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the change counter; enumerators fail when it moves.</summary>
    public int Version { get; set; }

    /// <summary>Gets whether adding an existing name appends a second element.</summary>
    public bool AllowDuplicateNames { get; }

    /// <summary>Gets or sets the name index (first position of each name), built lazily for larger documents.</summary>
    public Dictionary<string, int>? Index { get; set; }

    /// <summary>Gets the elements in use.</summary>
    public ReadOnlySpan<BsonElement> Span => Elements.AsSpan(0, Count);

    /// <summary>Grows the array (doubling) so that it holds at least <paramref name="required"/> elements.</summary>
    /// <param name="required">The number of slots needed.</param>
    public void EnsureCapacity(int required)
    {
        if (required > Elements.Length)
        {
            var elements = Elements;
            Array.Resize(ref elements, Math.Max(required, elements.Length == 0 ? 4 : elements.Length * 2));
            Elements = elements;
        }
    }
}
