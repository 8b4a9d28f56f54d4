namespace MongoPatterns.Driver;

/// <summary>One request of a bulk write.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class WriteModel<TDocument>
{
    private protected WriteModel()
    {
    }

    /// <summary>Gets the kind of request.</summary>
    public abstract WriteModelType ModelType { get; }
}
