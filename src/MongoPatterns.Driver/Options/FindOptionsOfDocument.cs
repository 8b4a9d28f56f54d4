namespace MongoPatterns.Driver;

/// <summary>Options of <c>FindAsync</c> returning whole documents.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class FindOptions<TDocument> : FindOptions<TDocument, TDocument>
{
}
