namespace MongoPatterns.Bson.Serialization;

/// <summary>Reads and, where needed, generates the <c>_id</c> of documents of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The document type.</typeparam>
public interface IBsonIdProvider<T>
{
    /// <summary>Gets the document's id as stored in BSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="id">The id, or <see langword="null"/> when the document has none (or a default one that would be generated).</param>
    /// <returns><see langword="true"/> when the document has an id.</returns>
    bool TryGetId(T document, out BsonValue? id);

    /// <summary>
    /// Makes sure the document has an id: when it is missing or default and its type can be generated
    /// (ObjectId, a string stored as ObjectId, Guid), generates one and assigns it to the document.
    /// </summary>
    /// <param name="document">The document, updated in place.</param>
    /// <returns>The document's id as stored in BSON.</returns>
    BsonValue EnsureId(T document);
}
