using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson;

/// <summary>
/// A BSON document: an ordered list of named values. Mutable.
/// </summary>
/// <remarks>
/// <para>
/// Names are compared ordinally. Documents decoded from BSON keep duplicate names in order (lookups return the first);
/// <see cref="Add(string, BsonValue)"/> rejects a duplicate name unless the document was created with
/// <c>allowDuplicateNames: true</c>.
/// </para>
/// <para>
/// Lookups scan small documents linearly and use a lazily built name index for larger ones (more than eight
/// elements); the index is kept correct across every mutation. A document is not thread-safe for writes.
/// </para>
/// <para>
/// A document decoded from BSON is two objects: the document (24 bytes) and an exactly sized element array (24 bytes
/// plus 16 per element). What only changes or indexed lookups need (spare capacity and a count, a change counter, the
/// duplicate-name policy, the name index) moves into a side object on first use.
/// </para>
/// </remarks>
public sealed partial class BsonDocument : BsonValue, IEnumerable<BsonElement>
{
    /// <summary>Documents with more elements than this use a name index for lookups.</summary>
    internal const int IndexThreshold = 8;

    // Either an exactly sized BsonElement[] (decoded documents, until their first change or indexed lookup) or a
    // BsonDocumentState that owns the array, its count and the rest of the bookkeeping.
    private object _storage;

    /// <summary>Creates an empty document.</summary>
    public BsonDocument()
    {
        _storage = Array.Empty<BsonElement>();
    }

    /// <summary>Creates an empty document that may or may not accept duplicate names in <see cref="Add(string, BsonValue)"/>.</summary>
    /// <param name="allowDuplicateNames">Whether adding an existing name appends a second element instead of throwing.</param>
    public BsonDocument(bool allowDuplicateNames)
        : this()
    {
        if (allowDuplicateNames)
        {
            _storage = new BsonDocumentState([], 0, allowDuplicateNames: true);
        }
    }

    /// <summary>Creates a document with one element.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value.</param>
    public BsonDocument(string name, BsonValue value)
        : this()
    {
        Add(name, value);
    }

    /// <summary>Creates a document from elements (duplicate names are rejected).</summary>
    /// <param name="elements">The elements, in order.</param>
    public BsonDocument(IEnumerable<BsonElement> elements)
        : this()
    {
        AddRange(elements);
    }

    /// <summary>Wraps decoded elements without copying (duplicates allowed, as read).</summary>
    /// <param name="elements">The element array, owned by the document from now on.</param>
    /// <param name="count">The number of elements used.</param>
    internal BsonDocument(BsonElement[] elements, int count)
    {
        _storage = count == elements.Length ? elements : new BsonDocumentState(elements, count, allowDuplicateNames: false);
    }

    /// <summary>Gets whether <see cref="Add(string, BsonValue)"/> accepts names that are already present.</summary>
    public bool AllowDuplicateNames => _storage is BsonDocumentState { AllowDuplicateNames: true };

    /// <summary>Gets the number of elements.</summary>
    public int ElementCount
    {
        get
        {
            var storage = _storage;
            return storage is BsonElement[] elements ? elements.Length : ((BsonDocumentState)storage).Count;
        }
    }

    /// <summary>Gets the element names, in order.</summary>
    public IEnumerable<string> Names => this.Select(static element => element.Name);

    /// <summary>Gets the values, in order.</summary>
    public IEnumerable<BsonValue> Values => this.Select(static element => element.Value);

    /// <summary>Gets the elements, in order.</summary>
    public IEnumerable<BsonElement> Elements => this;

    /// <inheritdoc/>
    public override BsonType BsonType => BsonType.Document;

    /// <summary>Gets the elements without copying, for hot paths inside MongoPatterns.</summary>
    internal ReadOnlySpan<BsonElement> ElementSpan
    {
        get
        {
            // Storage only ever moves from an array to a state, and both share the array, so concurrent readers agree.
            var storage = _storage;
            return storage is BsonElement[] elements ? elements : ((BsonDocumentState)storage).Span;
        }
    }

    /// <summary>Gets or sets the value of the first element named <paramref name="name"/>; setting is <see cref="Set(string, BsonValue)"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <exception cref="KeyNotFoundException">Getting a name that is not present.</exception>
    public override BsonValue this[string name]
    {
        get
        {
            var index = IndexOfName(name);
            if (index < 0)
            {
                BsonThrowHelper.ThrowKeyNotFound(name);
            }

            return ElementSpan[index].Value;
        }

        set => Set(name, value);
    }

    /// <summary>Gets or sets the value at a position (setting keeps the name).</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public override BsonValue this[int index]
    {
        get
        {
            CheckIndex(index);
            return ElementSpan[index].Value;
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckIndex(index);
            var state = State;
            state.Elements[index] = new BsonElement(state.Elements[index].Name, value);
            state.Version++;
        }
    }

    /// <summary>Decodes a document from BSON bytes. The input must be exactly one document.</summary>
    /// <param name="bson">The encoded document.</param>
    /// <param name="settings">Limits (size, depth); <see cref="BsonReaderSettings.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="BsonSerializationException">The bytes are not exactly one valid BSON document.</exception>
    public static BsonDocument FromBson(ReadOnlySpan<byte> bson, BsonReaderSettings? settings = null)
    {
        var reader = new BsonBinaryReader(bson, settings);
        var document = reader.ReadBsonDocument();
        reader.VerifyAtEnd();
        return document;
    }

    /// <summary>Encodes the document as BSON.</summary>
    /// <param name="settings">Limits (size, depth); <see cref="BsonWriterSettings.Default"/> when null.</param>
    /// <returns>The encoded bytes.</returns>
    /// <exception cref="BsonSerializationException">A name contains '\0', or a limit is exceeded.</exception>
    public byte[] ToBson(BsonWriterSettings? settings = null)
    {
        using var buffer = new PooledBufferWriter();
        new BsonBinaryWriter(buffer, settings).WriteValue(this);
        return buffer.ToArray();
    }

    /// <summary>Encodes the document as BSON into <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="settings">Limits (size, depth); <see cref="BsonWriterSettings.Default"/> when null.</param>
    /// <exception cref="BsonSerializationException">A name contains '\0', or a limit is exceeded.</exception>
    public void WriteTo(IBufferWriter<byte> destination, BsonWriterSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination is PooledBufferWriter pooled)
        {
            new BsonBinaryWriter(pooled, settings).WriteValue(this);
            return;
        }

        using var buffer = new PooledBufferWriter();
        new BsonBinaryWriter(buffer, settings).WriteValue(this);
        destination.Write(buffer.WrittenSpan);
    }

    /// <summary>Returns the position of the first element named <paramref name="name"/>, or -1.</summary>
    /// <param name="name">The element name.</param>
    /// <returns>The position or -1.</returns>
    public int IndexOfName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var elements = ElementSpan;
        if (elements.Length <= IndexThreshold)
        {
            for (var i = 0; i < elements.Length; i++)
            {
                if (string.Equals(elements[i].Name, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var state = State;
        return (state.Index ??= BuildIndex(elements)).TryGetValue(name, out var index) ? index : -1;
    }

    /// <summary>Gets whether an element named <paramref name="name"/> exists.</summary>
    /// <param name="name">The element name.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string name) => IndexOfName(name) >= 0;

    /// <summary>Gets the value of the first element named <paramref name="name"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out BsonValue value)
    {
        var index = IndexOfName(name);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = ElementSpan[index].Value;
        return true;
    }

    /// <summary>Gets the value of the first element named <paramref name="name"/>, or <paramref name="defaultValue"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="defaultValue">What to return when there is no such element.</param>
    /// <returns>The value or the default.</returns>
    [return: NotNullIfNotNull(nameof(defaultValue))]
    public BsonValue? GetValue(string name, BsonValue? defaultValue) => TryGetValue(name, out var value) ? value : defaultValue;

    /// <summary>Gets the element at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The element.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public BsonElement GetElement(int index)
    {
        CheckIndex(index);
        return ElementSpan[index];
    }

    /// <summary>Appends an element.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException">The name exists and duplicates are not allowed.</exception>
    public BsonDocument Add(string name, BsonValue value) => Add(new BsonElement(name, value));

    /// <summary>Appends an element.</summary>
    /// <param name="element">The element.</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException">The name exists and duplicates are not allowed.</exception>
    public BsonDocument Add(BsonElement element)
    {
        if (element.Name is null)
        {
            throw new ArgumentException("The element is default (it has no name).", nameof(element));
        }

        if (!AllowDuplicateNames && IndexOfName(element.Name) >= 0)
        {
            BsonThrowHelper.ThrowDuplicateName(element.Name);
        }

        Append(element);
        return this;
    }

    /// <summary>Appends elements.</summary>
    /// <param name="elements">The elements.</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException">A name exists and duplicates are not allowed.</exception>
    public BsonDocument AddRange(IEnumerable<BsonElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        foreach (var element in elements)
        {
            Add(element);
        }

        return this;
    }

    /// <summary>Replaces the value of the first element named <paramref name="name"/>, or appends a new element.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This document, for chaining.</returns>
    public BsonDocument Set(string name, BsonValue value)
    {
        var element = new BsonElement(name, value);
        var index = IndexOfName(name);
        if (index < 0)
        {
            Append(element);
        }
        else
        {
            var state = State;
            state.Elements[index] = element;
            state.Version++;
        }

        return this;
    }

    /// <summary>Replaces the element at a position (its name may change).</summary>
    /// <param name="index">The zero-based position.</param>
    /// <param name="element">The new element.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public void SetElement(int index, BsonElement element)
    {
        CheckIndex(index);
        ArgumentNullException.ThrowIfNull(element.Name, nameof(element));
        var state = State;
        var renamed = !string.Equals(state.Elements[index].Name, element.Name, StringComparison.Ordinal);
        state.Elements[index] = element;
        if (renamed)
        {
            state.Index = null;
        }

        state.Version++;
    }

    /// <summary>Inserts an element at a position.</summary>
    /// <param name="index">The zero-based position (0 to <see cref="ElementCount"/>).</param>
    /// <param name="element">The element.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The name exists and duplicates are not allowed.</exception>
    public void InsertAt(int index, BsonElement element)
    {
        var count = ElementCount;
        if ((uint)index > (uint)count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, count + 1);
        }

        ArgumentNullException.ThrowIfNull(element.Name, nameof(element));
        if (!AllowDuplicateNames && IndexOfName(element.Name) >= 0)
        {
            BsonThrowHelper.ThrowDuplicateName(element.Name);
        }

        var state = State;
        state.EnsureCapacity(count + 1);
        Array.Copy(state.Elements, index, state.Elements, index + 1, count - index);
        state.Elements[index] = element;
        state.Count = count + 1;
        state.Index = null;
        state.Version++;
    }

    /// <summary>Removes every element named <paramref name="name"/>.</summary>
    /// <param name="name">The element name.</param>
    /// <returns>Whether anything was removed.</returns>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IndexOfName(name) < 0)
        {
            return false;
        }

        var state = State;
        var elements = state.Elements;
        var count = state.Count;
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(elements[i].Name, name, StringComparison.Ordinal))
            {
                elements[kept++] = elements[i];
            }
        }

        Array.Clear(elements, kept, count - kept);
        state.Count = kept;
        state.Index = null;
        state.Version++;
        return true;
    }

    /// <summary>Removes the element at a position.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public void RemoveAt(int index)
    {
        CheckIndex(index);
        var state = State;
        var count = state.Count - 1;
        Array.Copy(state.Elements, index + 1, state.Elements, index, count - index);
        state.Elements[count] = default;
        state.Count = count;
        state.Index = null;
        state.Version++;
    }

    /// <summary>Removes every element.</summary>
    public void Clear()
    {
        var state = State;
        Array.Clear(state.Elements, 0, state.Count);
        state.Count = 0;
        state.Index = null;
        state.Version++;
    }

    /// <summary>
    /// Copies the elements of <paramref name="other"/> into this document: names not present are appended; names present
    /// are replaced only when <paramref name="overwrite"/> is true.
    /// </summary>
    /// <param name="other">The document to merge in.</param>
    /// <param name="overwrite">Whether existing values are replaced.</param>
    /// <returns>This document, for chaining.</returns>
    public BsonDocument Merge(BsonDocument other, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return this;
        }

        foreach (var element in other.ElementSpan)
        {
            var index = IndexOfName(element.Name);
            if (index < 0)
            {
                Append(element);
            }
            else if (overwrite)
            {
                var state = State;
                state.Elements[index] = element;
                state.Version++;
            }
        }

        return this;
    }

    /// <summary>Returns a deep copy: nested documents and arrays are copied; immutable values are shared.</summary>
    /// <returns>The copy.</returns>
    public override BsonDocument DeepClone()
    {
        var source = ElementSpan;
        var elements = source.Length == 0 ? [] : new BsonElement[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            elements[i] = source[i].DeepClone();
        }

        return new BsonDocument(elements, AllowDuplicateNames);
    }

    /// <summary>Enumerates the elements in order.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The document changes during enumeration.</exception>
    public IEnumerator<BsonElement> GetEnumerator()
    {
        // A document without state has never changed; its first change creates the state with a non-zero version.
        var version = Version;
        for (var i = 0; i < ElementCount; i++)
        {
            yield return ElementSpan[i];
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
        var elements = ElementSpan;
        var otherElements = ((BsonDocument)other).ElementSpan;
        if (elements.Length != otherElements.Length)
        {
            return false;
        }

        for (var i = 0; i < elements.Length; i++)
        {
            if (!elements[i].Equals(otherElements[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    private protected override int GetHashCodeCore()
    {
        var elements = ElementSpan;
        var hash = default(HashCode);
        hash.Add(elements.Length);
        foreach (var element in elements)
        {
            hash.Add(element.GetHashCode());
        }

        return hash.ToHashCode();
    }

    private BsonDocument(BsonElement[] elements, bool allowDuplicateNames)
    {
        _storage = allowDuplicateNames ? new BsonDocumentState(elements, elements.Length, allowDuplicateNames: true) : elements;
    }

    /// <summary>Gets the change counter: 0 until the first change, which creates the state.</summary>
    private int Version => (_storage as BsonDocumentState)?.Version ?? 0;

    /// <summary>Gets the state, moving an exactly sized array into a new one on first use.</summary>
    private BsonDocumentState State
    {
        get
        {
            if (_storage is BsonDocumentState state)
            {
                return state;
            }

            var elements = (BsonElement[])_storage;
            state = new BsonDocumentState(elements, elements.Length, allowDuplicateNames: false);
            _storage = state;
            return state;
        }
    }

    private void Append(BsonElement element)
    {
        var state = State;
        var count = state.Count;
        state.EnsureCapacity(count + 1);
        state.Elements[count] = element;
        state.Index?.TryAdd(element.Name, count);
        state.Count = count + 1;
        state.Version++;
    }

    private static Dictionary<string, int> BuildIndex(ReadOnlySpan<BsonElement> elements)
    {
        var index = new Dictionary<string, int>(elements.Length, StringComparer.Ordinal);
        for (var i = 0; i < elements.Length; i++)
        {
            index.TryAdd(elements[i].Name, i);
        }

        return index;
    }

    private void CheckIndex(int index)
    {
        var count = ElementCount;
        if ((uint)index >= (uint)count)
        {
            BsonThrowHelper.ThrowIndexOutOfRange(index, count);
        }
    }
}
