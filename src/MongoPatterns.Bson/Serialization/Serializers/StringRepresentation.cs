namespace MongoPatterns.Bson.Serialization.Serializers;

/// <summary>How <see cref="StringSerializer"/> stores strings.</summary>
internal enum StringRepresentation
{
    /// <summary>As BSON strings.</summary>
    String,

    /// <summary>As ObjectIds; a string that is not an ObjectId cannot be written.</summary>
    ObjectId,

    /// <summary>As an ObjectId when the string is exactly 24 lowercase hex digits, otherwise as a string (the string-id convention).</summary>
    ObjectIdWhenValid,
}
