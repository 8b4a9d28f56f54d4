using System.Linq.Expressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: fields selected by <c>x =&gt; x.Member</c>, and whole predicates with <see cref="Where"/>.</content>
public sealed partial class FilterDefinitionBuilder<TDocument>
{
    /// <summary>A filter from a predicate: <c>Where(x =&gt; x.Age &gt;= 18 &amp;&amp; x.Tags.Contains("vip"))</c>.</summary>
    /// <param name="predicate">The predicate (see <see cref="ExpressionFilterDefinition{TDocument}"/> for what it may contain).</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Where(Expression<Func<TDocument, bool>> predicate) => new ExpressionFilterDefinition<TDocument>(predicate);

    /// <summary>Field equals value: <c>{ field: value }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda, such as <c>x =&gt; x.Email</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Eq<TField>(Expression<Func<TDocument, TField>> field, TField value) => Eq(Field(field), value);

    /// <summary>Field does not equal value: <c>{ field: { $ne: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Ne<TField>(Expression<Func<TDocument, TField>> field, TField value) => Ne(Field(field), value);

    /// <summary>Field is greater than value: <c>{ field: { $gt: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Gt<TField>(Expression<Func<TDocument, TField>> field, TField value) => Gt(Field(field), value);

    /// <summary>Field is greater than or equal to value: <c>{ field: { $gte: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Gte<TField>(Expression<Func<TDocument, TField>> field, TField value) => Gte(Field(field), value);

    /// <summary>Field is less than value: <c>{ field: { $lt: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Lt<TField>(Expression<Func<TDocument, TField>> field, TField value) => Lt(Field(field), value);

    /// <summary>Field is less than or equal to value: <c>{ field: { $lte: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Lte<TField>(Expression<Func<TDocument, TField>> field, TField value) => Lte(Field(field), value);

    /// <summary>Field equals one of the values: <c>{ field: { $in: [...] } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> In<TField>(Expression<Func<TDocument, TField>> field, IEnumerable<TField> values) => In(Field(field), values);

    /// <summary>Field equals none of the values: <c>{ field: { $nin: [...] } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Nin<TField>(Expression<Func<TDocument, TField>> field, IEnumerable<TField> values) => Nin(Field(field), values);

    /// <summary>Any item of the array field equals value: <c>{ field: value }</c> (the value rendered as an item).</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda, such as <c>x =&gt; x.Tags</c>.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyEq<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => AnyEq(Untyped(field), value);

    /// <summary>Any item of the array field equals value: <c>{ field: value }</c> (the value rendered as an item).</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyEq<TItem>(FieldDefinition<TDocument> field, TItem value) => Eq(Items<TItem>(field), value);

    /// <summary>No item of the array field equals value: <c>{ field: { $ne: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyNe<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Ne(Items<TItem>(Untyped(field)), value);

    /// <summary>Any item of the array field is greater than value: <c>{ field: { $gt: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyGt<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Gt(Items<TItem>(Untyped(field)), value);

    /// <summary>Any item of the array field is greater than or equal to value: <c>{ field: { $gte: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyGte<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Gte(Items<TItem>(Untyped(field)), value);

    /// <summary>Any item of the array field is less than value: <c>{ field: { $lt: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyLt<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Lt(Items<TItem>(Untyped(field)), value);

    /// <summary>Any item of the array field is less than or equal to value: <c>{ field: { $lte: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item value.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyLte<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Lte(Items<TItem>(Untyped(field)), value);

    /// <summary>Any item of the array field equals one of the values: <c>{ field: { $in: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The item values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyIn<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values) => In(Items<TItem>(Untyped(field)), values);

    /// <summary>No item of the array field equals one of the values: <c>{ field: { $nin: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The item values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> AnyNin<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values) => Nin(Items<TItem>(Untyped(field)), values);

    /// <summary>The array field contains all the values: <c>{ field: { $all: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The item values.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> All<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values) => All(Untyped(field), values);

    /// <summary>The array field has exactly <paramref name="size"/> items: <c>{ field: { $size: n } }</c>.</summary>
    /// <param name="field">The array field lambda.</param>
    /// <param name="size">The number of items.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Size(Expression<Func<TDocument, object?>> field, int size) => Size(Untyped(field), size);

    /// <summary>Field is present (or absent): <c>{ field: { $exists: true } }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="exists"><see langword="false"/> to match documents without the field.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Exists(Expression<Func<TDocument, object?>> field, bool exists = true) => Exists(Untyped(field), exists);

    /// <summary>Field holds a value of the BSON type: <c>{ field: { $type: n } }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="type">The BSON type.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Type(Expression<Func<TDocument, object?>> field, BsonType type) => Type(Untyped(field), type);

    /// <summary>Field matches a regular expression: <c>{ field: /pattern/options }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="regex">The regular expression.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Regex(Expression<Func<TDocument, object?>> field, BsonRegularExpression regex) => Regex(Untyped(field), regex);

    /// <summary>Field modulo divisor equals remainder: <c>{ field: { $mod: [d, r] } }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="divisor">The divisor.</param>
    /// <param name="remainder">The remainder.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> Mod(Expression<Func<TDocument, object?>> field, long divisor, long remainder) => Mod(Untyped(field), divisor, remainder);

    /// <summary>An item of the array field matches the filter: <c>{ field: { $elemMatch: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="filter">The filter on one item.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> ElemMatch<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, FilterDefinition<TItem> filter) => ElemMatch(Untyped(field), filter);

    /// <summary>An item of the array field matches the predicate: <c>ElemMatch(x =&gt; x.Lines, l =&gt; l.Qty &gt; 5)</c> → <c>{ lines: { $elemMatch: { qty: { $gt: 5 } } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="predicate">The predicate on one item.</param>
    /// <returns>The filter.</returns>
    public FilterDefinition<TDocument> ElemMatch<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, Expression<Func<TItem, bool>> predicate) =>
        ElemMatch(Untyped(field), new ExpressionFilterDefinition<TItem>(predicate));

    private static ExpressionFieldDefinition<TDocument, TField> Field<TField>(Expression<Func<TDocument, TField>> field) => new(field);

    private static ExpressionFieldDefinition<TDocument> Untyped(LambdaExpression field) => new(field);

    private static ItemFieldDefinition<TDocument, TItem> Items<TItem>(FieldDefinition<TDocument> arrayField)
    {
        ArgumentNullException.ThrowIfNull(arrayField);
        return new ItemFieldDefinition<TDocument, TItem>(arrayField);
    }
}
