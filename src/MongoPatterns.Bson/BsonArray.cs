using System.Collections;

namespace MongoPatterns.Bson;

/// <summary>A BSON array: an ordered, mutable list of values.</summary>
/// <remarks><see cref="Contains(BsonValue)"/>, <see cref="IndexOf(BsonValue)"/> and <see cref="Remove(BsonValue)"/> use strict equality.</remarks>
public sealed partial class BsonArray : BsonValue, IList<BsonValue>, IReadOnlyList<BsonValue>
{
    // Either an exactly sized BsonValue[] (decoded arrays, until their first change) or a BsonArrayState that owns the
    // array, its count and the change counter. A decoded array is thus one 24-byte object plus its value array.
    private object _storage;

    /// <summary>Creates an empty array.</summary>
    public BsonArray()
    {
        _storage = Array.Empty<BsonValue>();
    }

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The initial capacity.</param>
    public BsonArray(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _storage = capacity == 0 ? Array.Empty<BsonValue>() : new BsonArrayState(new BsonValue[capacity], 0);
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
        _storage = count == items.Length ? items : new BsonArrayState(items, count);
    }

    /// <summary>Gets the number of values.</summary>
    public int Count
    {
        get
        {
            var storage = _storage;
            return storage is BsonValue[] items ? items.Length : ((BsonArrayState)storage).Count;
        }
    }

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Array;

    /// <summary>Gets the values without copying, for hot paths inside MongoPatterns.</summary>
    internal ReadOnlySpan<BsonValue> ItemSpan
    {
        get
        {
            // Storage only ever moves from an array to a state, and both share the array, so concurrent readers agree.
            var storage = _storage;
            return storage is BsonValue[] items ? items : ((BsonArrayState)storage).Span;
        }
    }

    /// <summary>Gets the change counter: 0 until the first change, which creates the state.</summary>
    private int Version => (_storage as BsonArrayState)?.Version ?? 0;

    /// <summary>Gets the state, moving an exactly sized array into a new one on first use.</summary>
    private BsonArrayState State
    {
        get
        {
            if (_storage is BsonArrayState state)
            {
                return state;
            }

            var items = (BsonValue[])_storage;
            state = new BsonArrayState(items, items.Length);
            _storage = state;
            return state;
        }
    }

    /// <summary>Gets or sets the value at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public override BsonValue this[int index]
    {
        get
        {
            CheckIndex(index);
            return ItemSpan[index];
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckIndex(index);
            var state = State;
            state.Items[index] = value;
            state.Version++;
        }
    }

    /// <summary>Appends a value.</summary>
    /// <param name="item">The value.</param>
    public void Add(BsonValue item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var state = State;
        state.EnsureCapacity(state.Count + 1);
        state.Items[state.Count++] = item;
        state.Version++;
    }

    /// <summary>Appends values.</summary>
    /// <param name="values">The values.</param>
    /// <returns>This array, for chaining.</returns>
    public BsonArray AddRange(IEnumerable<BsonValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is ICollection<BsonValue> collection)
        {
            var state = State;
            state.EnsureCapacity(state.Count + collection.Count);
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
        var count = Count;
        if ((uint)index > (uint)count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, count + 1);
        }

        var state = State;
        state.EnsureCapacity(count + 1);
        Array.Copy(state.Items, index, state.Items, index + 1, count - index);
        state.Items[index] = item;
        state.Count = count + 1;
        state.Version++;
    }

    /// <summary>Removes the value at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    public void RemoveAt(int index)
    {
        CheckIndex(index);
        var state = State;
        var count = state.Count - 1;
        Array.Copy(state.Items, index + 1, state.Items, index, count - index);
        state.Items[count] = null!;
        state.Count = count;
        state.Version++;
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
        var items = ItemSpan;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Equals(item))
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
        var state = State;
        Array.Clear(state.Items, 0, state.Count);
        state.Count = 0;
        state.Version++;
    }

    /// <inheritdoc/>
    public void CopyTo(BsonValue[] array, int arrayIndex) => ItemSpan.CopyTo(array.AsSpan(arrayIndex));

    /// <summary>Returns a deep copy: nested documents and arrays are copied; immutable values are shared.</summary>
    /// <returns>The copy.</returns>
    public override BsonArray DeepClone()
    {
        var source = ItemSpan;
        var items = source.Length == 0 ? [] : new BsonValue[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            items[i] = source[i].DeepClone();
        }

        return new BsonArray(items, items.Length);
    }

    /// <summary>Enumerates the values in order.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The array changes during enumeration.</exception>
    public IEnumerator<BsonValue> GetEnumerator()
    {
        var version = Version;
        for (var i = 0; i < Count; i++)
        {
            yield return ItemSpan[i];
            if (version != Version)
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
        var items = ItemSpan;
        var otherItems = ((BsonArray)other).ItemSpan;
        if (items.Length != otherItems.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (!items[i].Equals(otherItems[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore()
    {
        var items = ItemSpan;
        var hash = default(HashCode);
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item.GetHashCode());
        }

        return hash.ToHashCode();
    }

    private void CheckIndex(int index)
    {
        var count = Count;
        if ((uint)index >= (uint)count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, count);
        }
    }
}
