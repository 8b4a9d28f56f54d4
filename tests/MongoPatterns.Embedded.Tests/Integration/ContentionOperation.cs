namespace MongoPatterns.Embedded.Tests.Integration;

/// <summary>The kinds of operation in the <see cref="ContentionWorkload"/> mix.</summary>
internal enum ContentionOperation
{
    /// <summary>insertOne of a user whose unique e-mail may already be taken.</summary>
    Insert,

    /// <summary>updateOne with <c>$inc</c> (upsert) on a shared counter.</summary>
    Increment,

    /// <summary>findAndModify with <c>$inc</c> on a shared counter, returning the new value.</summary>
    FindAndModify,

    /// <summary>find of a user by e-mail or of a counter by id.</summary>
    Find,

    /// <summary>updateOne of a user: a <c>$set</c> of its owner, or a rename of its unique e-mail.</summary>
    Update,

    /// <summary>deleteOne of a user by e-mail.</summary>
    Delete,
}
