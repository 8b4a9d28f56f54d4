namespace MongoPatterns.Driver;

/// <summary>An index to create: its keys and options.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed class CreateIndexModel<TDocument>
{
    /// <summary>Creates the model.</summary>
    /// <param name="keys">The keys, e.g. <c>Builders&lt;T&gt;.IndexKeys.Ascending("email")</c>.</param>
    /// <param name="options">The options, or <see langword="null"/>.</param>
    public CreateIndexModel(IndexKeysDefinition<TDocument> keys, CreateIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys;
        Options = options;
    }

    /// <summary>Gets the keys.</summary>
    public IndexKeysDefinition<TDocument> Keys { get; }

    /// <summary>Gets the options, or <see langword="null"/>.</summary>
    public CreateIndexOptions? Options { get; }
}
