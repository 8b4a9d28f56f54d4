using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Builds projections: <c>Include</c>, <c>Exclude</c>, <c>Slice</c>, <c>ElemMatch</c>, <c>MetaTextScore</c>, <c>Combine</c>.</summary>
/// <typeparam name="TSource">The document type.</typeparam>
public sealed partial class ProjectionDefinitionBuilder<TSource>
{
    /// <summary>Includes a field: <c>{ field: 1 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Include(FieldDefinition<TSource> field) => Key(field, 1);

    /// <summary>Excludes a field: <c>{ field: 0 }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Exclude(FieldDefinition<TSource> field) => Key(field, 0);

    /// <summary>Returns part of an array: <c>{ field: { $slice: limit } }</c> or <c>{ $slice: [skip, limit] }</c>.</summary>
    /// <param name="field">The array field.</param>
    /// <param name="limit">How many items (negative: from the end).</param>
    /// <param name="skip">How many items to skip first, or <see langword="null"/>.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Slice(FieldDefinition<TSource> field, int limit, int? skip = null) =>
        Key(field, new BsonDocument("$slice", skip is { } s ? new BsonArray { s, limit } : limit));

    /// <summary>Returns the first array item matching a filter: <c>{ field: { $elemMatch: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="filter">The filter on one item.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> ElemMatch<TItem>(FieldDefinition<TSource> field, FilterDefinition<TItem> filter)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(filter);
        return new DelegateProjectionDefinition<TSource>(args =>
        {
            var rendered = field.Render(args);
            var itemArgs = args.WithDocumentSerializer(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry));
            return new BsonDocument(rendered.FieldName, new BsonDocument("$elemMatch", filter.Render(itemArgs)));
        });
    }

    /// <summary>Adds the text search score: <c>{ field: { $meta: "textScore" } }</c>.</summary>
    /// <param name="field">The name of the score field.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> MetaTextScore(string field) =>
        new BsonDocumentProjectionDefinition<TSource>(new BsonDocument(field, new BsonDocument("$meta", "textScore")));

    /// <summary>Combines projections.</summary>
    /// <param name="projections">The projections.</param>
    /// <returns>The projection.</returns>
    public ProjectionDefinition<TSource> Combine(params ProjectionDefinition<TSource>[] projections)
    {
        ArgumentNullException.ThrowIfNull(projections);
        var list = projections.ToList();
        return new DelegateProjectionDefinition<TSource>(args => DocumentMerging.Merge(list.Select(projection => projection.Render(args))));
    }

    private static ProjectionDefinition<TSource> Key(FieldDefinition<TSource> field, BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var key = new FieldValueDocumentDefinition<TSource>(field, value);
        return new DelegateProjectionDefinition<TSource>(key.Render);
    }
}
