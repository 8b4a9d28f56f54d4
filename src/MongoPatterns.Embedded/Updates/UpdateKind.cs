namespace MongoPatterns.Embedded.Updates;

/// <summary>The form of an update.</summary>
internal enum UpdateKind
{
    /// <summary>An update-operator document (<c>{$set: ...}</c>).</summary>
    Operators,

    /// <summary>A replacement document.</summary>
    Replacement,

    /// <summary>An aggregation pipeline (array of stages).</summary>
    Pipeline,
}
