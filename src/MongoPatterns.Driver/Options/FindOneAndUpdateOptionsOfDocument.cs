namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindOneAndUpdateAsync</c> returning the whole document.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class FindOneAndUpdateOptions<TDocument> : FindOneAndUpdateOptions<TDocument, TDocument>
{
}
