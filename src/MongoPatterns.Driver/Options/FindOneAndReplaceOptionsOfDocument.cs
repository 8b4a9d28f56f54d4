namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindOneAndReplaceAsync</c> returning the whole document.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class FindOneAndReplaceOptions<TDocument> : FindOneAndReplaceOptions<TDocument, TDocument>
{
}
