namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindOneAndDeleteAsync</c> returning the whole document.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class FindOneAndDeleteOptions<TDocument> : FindOneAndDeleteOptions<TDocument, TDocument>
{
}
