using MongoPatterns.Bson;

namespace MongoPatterns.Migrations;

/// <summary>
/// What a newer document read as-is had that the entity does not map, and which mapped members it lacked: when the same
/// instance is saved, the unknown elements are written back with the document's own version and the lacking members are
/// left out, so the stored document keeps the newer shape.
/// </summary>
/// <param name="Version">The document's (newer) version.</param>
/// <param name="Elements">The elements the entity does not map.</param>
/// <param name="AbsentMembers">The element names of mapped members the document did not have.</param>
internal sealed record PreservedElements(int Version, BsonDocument Elements, IReadOnlySet<string> AbsentMembers);
