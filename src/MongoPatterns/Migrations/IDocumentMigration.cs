using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>The untyped view of a <see cref="DocumentMigration{T}"/> the engine works with.</summary>
internal interface IDocumentMigration
{
    /// <summary>Gets the entity type.</summary>
    Type EntityType { get; }

    /// <summary>Gets the version the step produces.</summary>
    int Version { get; }

    /// <summary>Gets whether the step has a downgrade.</summary>
    bool CanDowngrade { get; }

    /// <summary>Upgrades the document in place.</summary>
    void Up(BsonDocument document);

    /// <summary>Downgrades the document in place.</summary>
    void Down(BsonDocument document);
}
