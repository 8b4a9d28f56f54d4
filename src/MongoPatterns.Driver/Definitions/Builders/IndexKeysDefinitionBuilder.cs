using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Builds index keys: <c>Ascending</c>, <c>Descending</c>, <c>Text</c>, <c>Hashed</c>, <c>Geo2DSphere</c>, <c>Wildcard</c>, <c>Combine</c>.</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed partial class IndexKeysDefinitionBuilder<TDocument>
{
    /// <summary>An ascending key: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Ascending(FieldDefinition<TDocument> field) => Key(field, 1);

    /// <summary>A descending key: <c>{ field: -1 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Descending(FieldDefinition<TDocument> field) => Key(field, -1);

    /// <summary>A text key: <c>{ field: "text" }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Text(FieldDefinition<TDocument> field) => Key(field, "text");

    /// <summary>A hashed key: <c>{ field: "hashed" }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Hashed(FieldDefinition<TDocument> field) => Key(field, "hashed");

    /// <summary>A spherical geospatial key: <c>{ field: "2dsphere" }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Geo2DSphere(FieldDefinition<TDocument> field) => Key(field, "2dsphere");

    /// <summary>A wildcard key over a field's sub-paths (<c>{ "field.$**": 1 }</c>), or over all fields (<c>{ "$**": 1 }</c>).</summary>
    /// <param name="field">The field, or <see langword="null"/> for all fields.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Wildcard(FieldDefinition<TDocument>? field = null) =>
        field is null
            ? new BsonDocumentIndexKeysDefinition<TDocument>(new BsonDocument("$**", 1))
            : new DelegateIndexKeysDefinition<TDocument>(args => new BsonDocument(field.Render(args).FieldName + ".$**", 1));

    /// <summary>A compound index of several keys, in order.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The keys.</returns>
    public IndexKeysDefinition<TDocument> Combine(params IndexKeysDefinition<TDocument>[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = keys.ToList();
        return new DelegateIndexKeysDefinition<TDocument>(args => DocumentMerging.Merge(list.Select(key => key.Render(args))));
    }

    private static IndexKeysDefinition<TDocument> Key(FieldDefinition<TDocument> field, BsonValue type)
    {
        ArgumentNullException.ThrowIfNull(field);
        var key = new FieldValueDocumentDefinition<TDocument>(field, type);
        return new DelegateIndexKeysDefinition<TDocument>(key.Render);
    }
}
