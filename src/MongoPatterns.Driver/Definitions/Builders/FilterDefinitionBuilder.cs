using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>
/// Builds filters with string field names: <c>Eq</c>, <c>Gt</c>, <c>In</c>, <c>Exists</c>, <c>Regex</c>,
/// <c>ElemMatch</c>, <c>And</c>, <c>Or</c>, ... or with lambdas (<c>Eq(x =&gt; x.Email, e)</c>, <c>Where(x =&gt; ...)</c>).
/// Values are rendered with the field's serializer, so they are always values (a string from a user can never become
/// an operator).
/// </summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed partial class FilterDefinitionBuilder<TDocument>
{
    /// <summary>Gets the filter that matches every document.</summary>
    public FilterDefinition<TDocument> Empty => FilterDefinition<TDocument>.Empty;

    /// <summary>Field equals value: <c>{ field: value }</c> (for an array field, any item equals the value).</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Eq<TField>(FieldDefinition<TDocument, TField> field, TField value) =>
        new FieldFilterDefinition<TDocument, TField>(field, null, rendered => RenderEquality(rendered, value));

    /// <summary>Field does not equal value: <c>{ field: { $ne: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Ne<TField>(FieldDefinition<TDocument, TField> field, TField value) => Compare("$ne", field, value);

    /// <summary>Field is greater than value: <c>{ field: { $gt: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Gt<TField>(FieldDefinition<TDocument, TField> field, TField value) => Compare("$gt", field, value);

    /// <summary>Field is greater than or equal to value: <c>{ field: { $gte: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Gte<TField>(FieldDefinition<TDocument, TField> field, TField value) => Compare("$gte", field, value);

    /// <summary>Field is less than value: <c>{ field: { $lt: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Lt<TField>(FieldDefinition<TDocument, TField> field, TField value) => Compare("$lt", field, value);

    /// <summary>Field is less than or equal to value: <c>{ field: { $lte: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Lte<TField>(FieldDefinition<TDocument, TField> field, TField value) => Compare("$lte", field, value);

    /// <summary>Field equals one of the values: <c>{ field: { $in: [...] } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> In<TField>(FieldDefinition<TDocument, TField> field, IEnumerable<TField> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return new FieldFilterDefinition<TDocument, TField>(field, "$in", rendered => ValueSerializers.RenderArray(rendered.FieldSerializer, list));
    }

    /// <summary>Field equals none of the values: <c>{ field: { $nin: [...] } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Nin<TField>(FieldDefinition<TDocument, TField> field, IEnumerable<TField> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return new FieldFilterDefinition<TDocument, TField>(field, "$nin", rendered => ValueSerializers.RenderArray(rendered.FieldSerializer, list));
    }

    /// <summary>Array field contains all the values: <c>{ field: { $all: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> All<TItem>(FieldDefinition<TDocument> field, IEnumerable<TItem> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return new UntypedFieldFilterDefinition<TDocument>(field, (rendered, args) =>
            new BsonDocument("$all", ValueSerializers.RenderArray(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry), list)));
    }

    /// <summary>Array field has exactly <paramref name="size"/> items: <c>{ field: { $size: n } }</c>.</summary>
    /// <param name="field">The array field.</param>
    /// <param name="size">The number of items.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Size(FieldDefinition<TDocument> field, int size) =>
        new UntypedFieldFilterDefinition<TDocument>(field, (_, _) => new BsonDocument("$size", size));

    /// <summary>Field is present (or absent): <c>{ field: { $exists: true } }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="exists"><see langword="false"/> to match documents without the field.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Exists(FieldDefinition<TDocument> field, bool exists = true) =>
        new UntypedFieldFilterDefinition<TDocument>(field, (_, _) => new BsonDocument("$exists", exists));

    /// <summary>Field holds a value of the BSON type: <c>{ field: { $type: n } }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="type">The BSON type.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Type(FieldDefinition<TDocument> field, BsonType type) =>
        new UntypedFieldFilterDefinition<TDocument>(field, (_, _) => new BsonDocument("$type", (int)type));

    /// <summary>Field matches a regular expression: <c>{ field: /pattern/options }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="regex">The regular expression.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Regex(FieldDefinition<TDocument> field, BsonRegularExpression regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        return new UntypedFieldFilterDefinition<TDocument>(field, (_, _) => regex);
    }

    /// <summary>Field matches a regular expression given as pattern and options (e.g. <c>i</c> for case-insensitive).</summary>
    /// <param name="field">The field.</param>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The options, e.g. <c>i</c>, <c>m</c>, <c>x</c>, <c>s</c>.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Regex(FieldDefinition<TDocument> field, string pattern, string? options = null) =>
        Regex(field, new BsonRegularExpression(pattern, options));

    /// <summary>Field modulo divisor equals remainder: <c>{ field: { $mod: [d, r] } }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="divisor">The divisor.</param>
    /// <param name="remainder">The remainder.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Mod(FieldDefinition<TDocument> field, long divisor, long remainder) =>
        new UntypedFieldFilterDefinition<TDocument>(field, (_, _) => new BsonDocument("$mod", new BsonArray { divisor, remainder }));

    /// <summary>An item of the array field matches the filter: <c>{ field: { $elemMatch: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type (e.g. <see cref="BsonDocument"/>).</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="filter">The filter on one item.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> ElemMatch<TItem>(FieldDefinition<TDocument> field, FilterDefinition<TItem> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new UntypedFieldFilterDefinition<TDocument>(field, (rendered, args) =>
        {
            var itemArgs = args.WithDocumentSerializer(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry));
            return new BsonDocument("$elemMatch", filter.Render(itemArgs));
        });
    }

    /// <summary>A <c>$text</c> search (the collection needs a text index).</summary>
    /// <param name="search">The search terms.</param>
    /// <param name="language">The language, or <see langword="null"/> for the index default.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Text(string search, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        var text = new BsonDocument("$search", search);
        if (language is not null)
        {
            text.Add("$language", language);
        }

        return new BsonDocumentFilterDefinition<TDocument>(new BsonDocument("$text", text));
    }

    /// <summary>All filters must match.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> And(params FilterDefinition<TDocument>[] filters) => And((IEnumerable<FilterDefinition<TDocument>>)filters);

    /// <summary>All filters must match.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> And(IEnumerable<FilterDefinition<TDocument>> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new AndFilterDefinition<TDocument>(filters.ToList());
    }

    /// <summary>Any filter must match.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Or(params FilterDefinition<TDocument>[] filters) => Or((IEnumerable<FilterDefinition<TDocument>>)filters);

    /// <summary>Any filter must match.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Or(IEnumerable<FilterDefinition<TDocument>> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new OrFilterDefinition<TDocument>(filters.ToList());
    }

    /// <summary>No filter may match: <c>{ $nor: [...] }</c>.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Nor(params FilterDefinition<TDocument>[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new NorFilterDefinition<TDocument>(filters.ToList());
    }

    /// <summary>The filter must not match.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The negated filter.</returns>
    public FilterDefinition<TDocument> Not(FilterDefinition<TDocument> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new NotFilterDefinition<TDocument>(filter);
    }

    private static FilterDefinition<TDocument> Compare<TField>(string operatorName, FieldDefinition<TDocument, TField> field, TField value) =>
        new FieldFilterDefinition<TDocument, TField>(field, operatorName, rendered => ValueSerializers.Render(rendered.FieldSerializer, value));

    private static BsonValue RenderEquality<TField>(RenderedFieldDefinition<TField> rendered, TField value)
    {
        var rendering = ValueSerializers.Render(rendered.FieldSerializer, value);

        // A document whose first field starts with '$' would be read as operators; $eq keeps it a value.
        return rendering is BsonDocument document && FilterRendering.IsOperatorDocument(document) ? new BsonDocument("$eq", document) : rendering;
    }
}
