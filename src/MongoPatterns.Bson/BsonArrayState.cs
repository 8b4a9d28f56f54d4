namespace MongoPatterns.Bson;

/// <summary>
/// The storage of a <see cref="BsonArray"/> that has changed or was created for building: a value array with spare
/// capacity, its count and the change counter for enumerators. A decoded array holds just its exactly sized value
/// array until its first change.
/// </summary>
internal sealed class BsonArrayState
{
    /// <summary>Creates the state of an array whose first <paramref name="count"/> slots are its values.</summary>
    /// <param name="items">The value array (it may be longer than <paramref name="count"/>).</param>
    /// <param name="count">The number of values in use.</param>
    public BsonArrayState(BsonValue[] items, int count)
    {
        Items = items;
        Count = count;
    }

    /// <summary>Gets or sets the value array; slots from <see cref="Count"/> on are unused (null).</summary>
    public BsonValue[] Items { get; set; }

    /// <summary>Gets or sets the number of values in use.</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the change counter; enumerators fail when it moves.</summary>
    public int Version { get; set; }

    /// <summary>Gets the values in use.</summary>
    public ReadOnlySpan<BsonValue> Span => Items.AsSpan(0, Count);

    /// <summary>Grows the array (doubling) so that it holds at least <paramref name="required"/> values.</summary>
    /// <param name="required">The number of slots needed.</param>
    public void EnsureCapacity(int required)
    {
        if (required > Items.Length)
        {
            var items = Items;
            Array.Resize(ref items, Math.Max(required, items.Length == 0 ? 4 : items.Length * 2));
            Items = items;
        }
    }
}
