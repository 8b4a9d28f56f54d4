using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>
/// A query filter on documents of <typeparamref name="TDocument"/>. Build one with
/// <see cref="Builders{TDocument}.Filter"/>, or convert a <see cref="BsonDocument"/> implicitly. Combine filters with
/// <c>&amp;</c>, <c>|</c> and <c>!</c>.
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public abstract class FilterDefinition<TDocument>
{
    /// <summary>Gets the filter that matches every document (<c>{ }</c>).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "FilterDefinition<T>.Empty is the shape users of the official driver know.")]
    public static FilterDefinition<TDocument> Empty { get; } = new BsonDocumentFilterDefinition<TDocument>([]);

    /// <summary>Uses a document as the filter.</summary>
    /// <param name="document">The filter document.</param>
    public static implicit operator FilterDefinition<TDocument>(BsonDocument document) => new BsonDocumentFilterDefinition<TDocument>(document);

    /// <summary>Parses (strict) Extended JSON as the filter, e.g. <c>"{ \"status\": \"active\" }"</c> (parsed on first use).</summary>
    /// <param name="json">The JSON document.</param>
    public static implicit operator FilterDefinition<TDocument>(string json) => new JsonFilterDefinition<TDocument>(json);

    /// <summary>Both filters must match (<c>$and</c>, merged into one document where the fields allow).</summary>
    /// <param name="first">The first filter.</param>
    /// <param name="second">The second filter.</param>
    public static FilterDefinition<TDocument> operator &(FilterDefinition<TDocument> first, FilterDefinition<TDocument> second) =>
        new AndFilterDefinition<TDocument>([first, second]);

    /// <summary>Either filter must match (<c>$or</c>).</summary>
    /// <param name="first">The first filter.</param>
    /// <param name="second">The second filter.</param>
    public static FilterDefinition<TDocument> operator |(FilterDefinition<TDocument> first, FilterDefinition<TDocument> second) =>
        new OrFilterDefinition<TDocument>([first, second]);

    /// <summary>The filter must not match.</summary>
    /// <param name="filter">The filter to negate.</param>
    public static FilterDefinition<TDocument> operator !(FilterDefinition<TDocument> filter) => new NotFilterDefinition<TDocument>(filter);

    /// <summary>Renders the filter.</summary>
    /// <param name="args">The render arguments.</param>
    /// <returns>The filter document.</returns>
    public abstract BsonDocument Render(RenderArgs<TDocument> args);
}
