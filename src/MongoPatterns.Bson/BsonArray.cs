using System.Collections;

namespace MongoPatterns.Bson;

/// <summary>A BSON array: an ordered, mutable list of values.</summary>
/// <remarks><see cref="Contains(BsonValue)"/>, <see cref="IndexOf(BsonValue)"/> and <see cref="Remove(BsonValue)"/> use strict equality.</remarks>
public sealed partial class BsonArray : BsonValue, IList<BsonValue>, IReadOnlyList<BsonValue>
{
    private BsonValue[] _items;
    private int _count;
    private int _version;

    /// <summary>Creates an empty array.</summary>
    public BsonArray()
    {
        _items = [];
    }

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public BsonArray(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _items = capacity == 0 ? [] : new BsonValue[capacity];
    }

    /// <summary>Creates an array holding <paramref name="values"/>.</summary>
    /// <param name="values">The values, in order.</param>
    public BsonArray(IEnumerable<BsonValue> values)
        : this()
    {
        AddRange(values);
    }

    /// <summary>Wraps decoded values without copying.</summary>
    /// <param name="items">The array, owned by this instance from now on.</param>
    /// <param name="count">The number of values used.</param>
    internal BsonArray(BsonValue[] items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>Gets the number of values.</summary>
    public int Count => _count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Array;

    /// <summary>Gets the values without copying, for hot paths inside MongoPatterns.</summary>
    internal ReadOnlySpan<BsonValue> ItemSpan => _items.AsSpan(0, _count);

    /// <summary>Gets or sets the value at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public override BsonValue this[int index]
    {
        get
        {
            CheckIndex(index);
            return _items[index];
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckIndex(index);
            _items[index] = value;
            _version++;
        }
    }

    /// <summary>Appends a value.</summary>
    /// <param name="item">The value.</param>
    public void Add(BsonValue item)
    {
        ArgumentNullException.ThrowIfNull(item);
        EnsureCapacity(_count + 1);
        _items[_count++] = item;
        _version++;
    }

    /// <summary>Appends values.</summary>
    /// <param name="values">The values.</param>
    /// <returns>This array, for chaining.</returns>
    public BsonArray AddRange(IEnumerable<BsonValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is ICollection<BsonValue> collection)
        {
            EnsureCapacity(_count + collection.Count);
        }

        foreach (var value in values)
        {
            Add(value);
        }

        return this;
    }

    /// <summary>Inserts a value at a position.</summary>
    /// <param name="index">The zero-based position (0 to <see cref="Count"/>).</param>
    /// <param name="item">The value.</param>
    public void Insert(int index, BsonValue item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if ((uint)index > (uint)_count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, _count + 1);
        }

        EnsureCapacity(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        _items[index] = item;
        _count++;
        _version++;
    }

    /// <summary>Removes the value at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    public void RemoveAt(int index)
    {
        CheckIndex(index);
        _count--;
        Array.Copy(_items, index + 1, _items, index, _count - index);
        _items[_count] = null!;
        _version++;
    }

    /// <summary>Removes the first value strictly equal to <paramref name="item"/>.</summary>
    /// <param name="item">The value.</param>
    /// <returns>Whether a value was removed.</returns>
    public bool Remove(BsonValue item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <summary>Returns the position of the first value strictly equal to <paramref name="item"/>, or -1.</summary>
    /// <param name="item">The value.</param>
    /// <returns>The position or -1.</returns>
    public int IndexOf(BsonValue item)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_items[i].Equals(item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets whether a value strictly equal to <paramref name="item"/> is present.</summary>
    /// <param name="item">The value.</param>
    /// <returns>Whether it is present.</returns>
    public bool Contains(BsonValue item) => IndexOf(item) >= 0;

    /// <summary>Removes every value.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        _version++;
    }

    /// <inheritdoc/>
    public void CopyTo(BsonValue[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _count);

    /// <summary>Returns a deep copy: nested documents and arrays are copied; immutable values are shared.</summary>
    /// <returns>The copy.</returns>
    public override BsonArray DeepClone()
    {
        var items = _count == 0 ? [] : new BsonValue[_count];
        for (var i = 0; i < _count; i++)
        {
            items[i] = _items[i].DeepClone();
        }

        return new BsonArray(items, _count);
    }

    /// <summary>Enumerates the values in order.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The array changes during enumeration.</exception>
    public IEnumerator<BsonValue> GetEnumerator()
    {
        var version = _version;
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
            if (version != _version)
            {
                BsonThrowHelper.ThrowCollectionModified();
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    private protected override bool EqualsSameType(BsonValue other)
    {
        var array = (BsonArray)other;
        if (_count != array._count)
        {
            return false;
        }

        for (var i = 0; i < _count; i++)
        {
            if (!_items[i].Equals(array._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore()
    {
        var hash = default(HashCode);
        hash.Add(_count);
        for (var i = 0; i < _count; i++)
        {
            hash.Add(_items[i].GetHashCode());
        }

        return hash.ToHashCode();
    }

    private void EnsureCapacity(int required)
    {
        if (required > _items.Length)
        {
            var capacity = Math.Max(required, _items.Length == 0 ? 4 : _items.Length * 2);
            Array.Resize(ref _items, capacity);
        }
    }

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, _count);
        }
    }
}
