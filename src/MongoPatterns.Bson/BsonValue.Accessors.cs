namespace MongoPatterns.Bson;

/// <content>Typed accessors (<c>As*</c>), type tests (<c>Is*</c>) and value conversions (<c>To*</c>).</content>
public abstract partial class BsonValue
{
    /// <summary>
    /// Gets or sets the value of the first element named <paramref name="name"/> of a document (a shortcut for
    /// <c>AsBsonDocument[name]</c>, so that <c>doc["a"]["b"]</c> reads nested values).
    /// </summary>
    /// <param name="name">The element name.</param>
    /// <exception cref="InvalidCastException">This value is not a document.</exception>
    /// <exception cref="KeyNotFoundException">Getting a name the document does not have.</exception>
    public virtual BsonValue this[string name]
    {
        get => BsonThrowHelper.ThrowInvalidCast<BsonValue>(this, "BsonDocument (indexing by name)");
        set => BsonThrowHelper.ThrowInvalidCast(this, "BsonDocument (indexing by name)");
    }

    /// <summary>Gets or sets the value at a position of a document or an array.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="InvalidCastException">This value is neither a document nor an array.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public virtual BsonValue this[int index]
    {
        get => BsonThrowHelper.ThrowInvalidCast<BsonValue>(this, "BsonDocument or BsonArray (indexing by position)");
        set => BsonThrowHelper.ThrowInvalidCast(this, "BsonDocument or BsonArray (indexing by position)");
    }

    /// <summary>Gets this value as a <see cref="Bson.BsonDocument"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a document.</exception>
    public BsonDocument AsBsonDocument => this as BsonDocument ?? BsonThrowHelper.ThrowInvalidCast<BsonDocument>(this, nameof(BsonDocument));

    /// <summary>Gets this value as a <see cref="Bson.BsonArray"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not an array.</exception>
    public BsonArray AsBsonArray => this as BsonArray ?? BsonThrowHelper.ThrowInvalidCast<BsonArray>(this, nameof(BsonArray));

    /// <summary>Gets the text of a string value.</summary>
    /// <exception cref="InvalidCastException">The value is not a string.</exception>
    public string AsString => (this as BsonString)?.Value ?? BsonThrowHelper.ThrowInvalidCast<string>(this, "String");

    /// <summary>Gets the value of an Int32.</summary>
    /// <exception cref="InvalidCastException">The value is not an Int32.</exception>
    public int AsInt32 => this is BsonInt32 value ? value.Value : BsonThrowHelper.ThrowInvalidCast<int>(this, "Int32");

    /// <summary>Gets the value of an Int64.</summary>
    /// <exception cref="InvalidCastException">The value is not an Int64.</exception>
    public long AsInt64 => this is BsonInt64 value ? value.Value : BsonThrowHelper.ThrowInvalidCast<long>(this, "Int64");

    /// <summary>Gets the value of a Double.</summary>
    /// <exception cref="InvalidCastException">The value is not a Double.</exception>
    public double AsDouble => this is BsonDouble value ? value.Value : BsonThrowHelper.ThrowInvalidCast<double>(this, "Double");

    /// <summary>Gets the value of a Boolean.</summary>
    /// <exception cref="InvalidCastException">The value is not a Boolean.</exception>
    public bool AsBoolean => this is BsonBoolean value ? value.Value : BsonThrowHelper.ThrowInvalidCast<bool>(this, "Boolean");

    /// <summary>Gets the value of an ObjectId.</summary>
    /// <exception cref="InvalidCastException">The value is not an ObjectId.</exception>
    public ObjectId AsObjectId => this is BsonObjectId value ? value.Value : BsonThrowHelper.ThrowInvalidCast<ObjectId>(this, "ObjectId");

    /// <summary>Gets the value of a Decimal128.</summary>
    /// <exception cref="InvalidCastException">The value is not a Decimal128.</exception>
    public Decimal128 AsDecimal128 => this is BsonDecimal128 value ? value.Value : BsonThrowHelper.ThrowInvalidCast<Decimal128>(this, "Decimal128");

    /// <summary>Gets this value as a <see cref="Bson.BsonDateTime"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a DateTime.</exception>
    public BsonDateTime AsBsonDateTime => this as BsonDateTime ?? BsonThrowHelper.ThrowInvalidCast<BsonDateTime>(this, nameof(BsonDateTime));

    /// <summary>Gets this value as <see cref="Bson.BsonBinaryData"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not binary data.</exception>
    public BsonBinaryData AsBsonBinaryData => this as BsonBinaryData ?? BsonThrowHelper.ThrowInvalidCast<BsonBinaryData>(this, nameof(BsonBinaryData));

    /// <summary>Gets this value as a <see cref="Bson.BsonTimestamp"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a Timestamp.</exception>
    public BsonTimestamp AsBsonTimestamp => this as BsonTimestamp ?? BsonThrowHelper.ThrowInvalidCast<BsonTimestamp>(this, nameof(BsonTimestamp));

    /// <summary>Gets this value as a <see cref="Bson.BsonRegularExpression"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a regular expression.</exception>
    public BsonRegularExpression AsBsonRegularExpression =>
        this as BsonRegularExpression ?? BsonThrowHelper.ThrowInvalidCast<BsonRegularExpression>(this, nameof(BsonRegularExpression));

    /// <summary>Gets this value as <see cref="Bson.BsonJavaScript"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not JavaScript code.</exception>
    public BsonJavaScript AsBsonJavaScript => this as BsonJavaScript ?? BsonThrowHelper.ThrowInvalidCast<BsonJavaScript>(this, nameof(BsonJavaScript));

    /// <summary>Gets this value as <see cref="Bson.BsonJavaScriptWithScope"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not JavaScript code with scope.</exception>
    public BsonJavaScriptWithScope AsBsonJavaScriptWithScope =>
        this as BsonJavaScriptWithScope ?? BsonThrowHelper.ThrowInvalidCast<BsonJavaScriptWithScope>(this, nameof(BsonJavaScriptWithScope));

    /// <summary>Gets this value as a <see cref="Bson.BsonSymbol"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a symbol.</exception>
    public BsonSymbol AsBsonSymbol => this as BsonSymbol ?? BsonThrowHelper.ThrowInvalidCast<BsonSymbol>(this, nameof(BsonSymbol));

    /// <summary>Gets this value as a <see cref="Bson.BsonDbPointer"/>.</summary>
    /// <exception cref="InvalidCastException">The value is not a DBPointer.</exception>
    public BsonDbPointer AsBsonDbPointer => this as BsonDbPointer ?? BsonThrowHelper.ThrowInvalidCast<BsonDbPointer>(this, nameof(BsonDbPointer));

    /// <summary>Gets the <see cref="Guid"/> held by binary subtype 4 (standard UUID).</summary>
    /// <exception cref="InvalidCastException">
    /// The value is not 16 bytes of binary subtype 4. Subtype 3 (legacy) needs <see cref="BsonBinaryData.ToGuid(GuidRepresentation)"/>.
    /// </exception>
    public Guid AsGuid =>
        this is BsonBinaryData { SubType: BsonBinarySubType.UuidStandard, Bytes.Length: 16 } binary
            ? binary.ToGuid()
            : BsonThrowHelper.ThrowInvalidCast<Guid>(this, "Guid (binary subtype 4 of 16 bytes)");

    /// <summary>Gets whether this is an Int32, Int64, Double or Decimal128.</summary>
    public bool IsNumeric => BsonType is BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128;

    /// <summary>Gets whether this is a string.</summary>
    public bool IsString => BsonType == BsonType.String;

    /// <summary>Gets whether this is a document.</summary>
    public bool IsBsonDocument => BsonType == BsonType.Document;

    /// <summary>Gets whether this is an array.</summary>
    public bool IsBsonArray => BsonType == BsonType.Array;

    /// <summary>Gets whether this is the null value.</summary>
    public bool IsBsonNull => BsonType == BsonType.Null;

    /// <summary>Gets whether this is the undefined value.</summary>
    public bool IsBsonUndefined => BsonType == BsonType.Undefined;

    /// <summary>Gets whether this is a boolean.</summary>
    public bool IsBoolean => BsonType == BsonType.Boolean;

    /// <summary>Gets whether this is an Int32.</summary>
    public bool IsInt32 => BsonType == BsonType.Int32;

    /// <summary>Gets whether this is an Int64.</summary>
    public bool IsInt64 => BsonType == BsonType.Int64;

    /// <summary>Gets whether this is a Double.</summary>
    public bool IsDouble => BsonType == BsonType.Double;

    /// <summary>Gets whether this is a Decimal128.</summary>
    public bool IsDecimal128 => BsonType == BsonType.Decimal128;

    /// <summary>Gets whether this is an ObjectId.</summary>
    public bool IsObjectId => BsonType == BsonType.ObjectId;

    /// <summary>Gets whether this is a DateTime.</summary>
    public bool IsBsonDateTime => BsonType == BsonType.DateTime;

    /// <summary>Gets whether this is binary data.</summary>
    public bool IsBsonBinaryData => BsonType == BsonType.Binary;

    /// <summary>Gets whether this is binary data holding a 16-byte UUID (subtype 3 or 4).</summary>
    public bool IsGuid =>
        this is BsonBinaryData { SubType: BsonBinarySubType.UuidStandard or BsonBinarySubType.UuidLegacy, Bytes.Length: 16 };

    /// <summary>Gets whether this is a Timestamp.</summary>
    public bool IsBsonTimestamp => BsonType == BsonType.Timestamp;

    /// <summary>Gets whether this is a regular expression.</summary>
    public bool IsBsonRegularExpression => BsonType == BsonType.RegularExpression;

    /// <summary>Gets whether this is JavaScript code (without scope).</summary>
    public bool IsBsonJavaScript => BsonType == BsonType.JavaScript;

    /// <summary>Gets whether this is JavaScript code with scope.</summary>
    public bool IsBsonJavaScriptWithScope => BsonType == BsonType.JavaScriptWithScope;

    /// <summary>Gets whether this is a symbol.</summary>
    public bool IsBsonSymbol => BsonType == BsonType.Symbol;

    /// <summary>Gets whether this is a DBPointer.</summary>
    public bool IsBsonDbPointer => BsonType == BsonType.DbPointer;

    /// <summary>Gets whether this is MinKey.</summary>
    public bool IsBsonMinKey => BsonType == BsonType.MinKey;

    /// <summary>Gets whether this is MaxKey.</summary>
    public bool IsBsonMaxKey => BsonType == BsonType.MaxKey;

    /// <summary>Converts a numeric value (Int32, Int64, Double, Decimal128) to a double.</summary>
    /// <returns>The nearest double.</returns>
    /// <exception cref="InvalidCastException">The value is not numeric.</exception>
    public virtual double ToDouble() => BsonThrowHelper.ThrowInvalidCast<double>(this, "Double");

    /// <summary>Converts a numeric value to an Int32, truncating any fraction toward zero.</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="InvalidCastException">The value is not numeric.</exception>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the Int32 range.</exception>
    public virtual int ToInt32() => BsonThrowHelper.ThrowInvalidCast<int>(this, "Int32");

    /// <summary>Converts a numeric value to an Int64, truncating any fraction toward zero.</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="InvalidCastException">The value is not numeric.</exception>
    /// <exception cref="OverflowException">The value is NaN, infinite or outside the Int64 range.</exception>
    public virtual long ToInt64() => BsonThrowHelper.ThrowInvalidCast<long>(this, "Int64");

    /// <summary>
    /// Converts a numeric value to a Decimal128: integers exactly, doubles through their shortest round-trip text.
    /// </summary>
    /// <returns>The decimal.</returns>
    /// <exception cref="InvalidCastException">The value is not numeric.</exception>
    public virtual Decimal128 ToDecimal128() => BsonThrowHelper.ThrowInvalidCast<Decimal128>(this, "Decimal128");

    /// <summary>
    /// Converts to a boolean by MongoDB's truthiness: <see langword="false"/>, null, undefined and numeric zero are false;
    /// everything else (including NaN, empty strings, documents and arrays) is true.
    /// </summary>
    /// <returns>The truth value.</returns>
    public virtual bool ToBoolean() => true;
}
