using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>The place a value lives in while an update is applied: a field of a document or a position of an array.</summary>
internal readonly struct ElementSlot
{
    private readonly BsonDocument? _document;
    private readonly BsonArray? _array;

    private ElementSlot(BsonDocument? document, BsonArray? array, string name, int index)
    {
        _document = document;
        _array = array;
        Name = name;
        Index = index;
    }

    /// <summary>Gets the field name (for an array position, its decimal form).</summary>
    public string Name { get; }

    /// <summary>Gets the array position, or -1 for a document field.</summary>
    public int Index { get; }

    /// <summary>Gets a value indicating whether the slot is an array position.</summary>
    public bool IsArrayElement => _array is not null;

    /// <summary>Creates a slot for a document field.</summary>
    /// <param name="document">The document.</param>
    /// <param name="name">The field name.</param>
    /// <returns>The slot.</returns>
    public static ElementSlot InDocument(BsonDocument document, string name) => new(document, null, name, -1);

    /// <summary>Creates a slot for an array position.</summary>
    /// <param name="array">The array.</param>
    /// <param name="index">The position.</param>
    /// <returns>The slot.</returns>
    public static ElementSlot InArray(BsonArray array, int index) =>
        new(null, array, index.ToString(System.Globalization.CultureInfo.InvariantCulture), index);

    /// <summary>Stores a value: replaces the field in place or appends it; pads an array with nulls up to the position.</summary>
    /// <param name="value">The value.</param>
    public void Set(BsonValue value)
    {
        if (_document is not null)
        {
            _document.Set(Name, value);
            return;
        }

        while (_array!.Count < Index)
        {
            _array.Add(BsonNull.Value);
        }

        if (Index == _array.Count)
        {
            _array.Add(value);
        }
        else
        {
            _array[Index] = value;
        }
    }

    /// <summary>Removes the value: a document field disappears, an array position becomes null (positions never shift).</summary>
    public void Remove()
    {
        if (_document is not null)
        {
            _document.Remove(Name);
        }
        else if (Index < _array!.Count)
        {
            _array[Index] = BsonNull.Value;
        }
    }
}
