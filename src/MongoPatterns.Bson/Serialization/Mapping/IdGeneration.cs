namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>What <see cref="IBsonIdProvider{T}.EnsureId"/> generates for a missing id.</summary>
internal enum IdGeneration
{
    /// <summary>Nothing: the id is left as it is.</summary>
    None,

    /// <summary>A new <see cref="ObjectId"/> (for <see cref="ObjectId"/> and <c>ObjectId?</c> ids).</summary>
    ObjectId,

    /// <summary>A new ObjectId's 24 hex digits (for string ids stored as ObjectId).</summary>
    ObjectIdString,

    /// <summary>A new version 7 (time-ordered) <see cref="Guid"/> (for <see cref="Guid"/> and <c>Guid?</c> ids).</summary>
    Guid,
}
