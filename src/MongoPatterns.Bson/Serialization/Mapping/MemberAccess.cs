namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>How a mapped member gets its value when an instance is read.</summary>
internal enum MemberAccess
{
    /// <summary>It is written only; its element is skipped when reading.</summary>
    WriteOnly,

    /// <summary>Through a property setter (public, private or init).</summary>
    Setter,

    /// <summary>Through a writable field.</summary>
    Field,

    /// <summary>Through a read-only field or the backing field of a get-only auto-property.</summary>
    ReadOnlyField,

    /// <summary>Through a constructor parameter.</summary>
    Constructor,
}
