using System.Linq.Expressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: <c>Set(x =&gt; x.Name, v)</c>, <c>Push(x =&gt; x.Tags, t)</c>, ...; values are rendered through the member's serializer.</content>
public sealed partial class UpdateDefinitionBuilder<TDocument>
{
    /// <summary>Sets a field: <c>{ $set: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda, such as <c>x =&gt; x.Address.City</c> (index <c>-1</c> is the positional <c>$</c>).</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Set<TField>(Expression<Func<TDocument, TField>> field, TField value) => Set(Field(field), value);

    /// <summary>Sets a field only when an upsert inserts: <c>{ $setOnInsert: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> SetOnInsert<TField>(Expression<Func<TDocument, TField>> field, TField value) => SetOnInsert(Field(field), value);

    /// <summary>Removes a field: <c>{ $unset: { field: "" } }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Unset(Expression<Func<TDocument, object?>> field) => Unset(Untyped(field));

    /// <summary>Adds to a number: <c>{ $inc: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Inc<TField>(Expression<Func<TDocument, TField>> field, TField value) => Inc(Field(field), value);

    /// <summary>Multiplies a number: <c>{ $mul: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The factor.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Mul<TField>(Expression<Func<TDocument, TField>> field, TField value) => Mul(Field(field), value);

    /// <summary>Lowers a field to value when value is smaller: <c>{ $min: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Min<TField>(Expression<Func<TDocument, TField>> field, TField value) => Min(Field(field), value);

    /// <summary>Raises a field to value when value is larger: <c>{ $max: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Max<TField>(Expression<Func<TDocument, TField>> field, TField value) => Max(Field(field), value);

    /// <summary>Renames a field: <c>{ $rename: { field: "newName" } }</c>.</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="newName">The new element name.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Rename(Expression<Func<TDocument, object?>> field, string newName) => Rename(Untyped(field), newName);

    /// <summary>Sets a field to the current date: <c>{ $currentDate: { field: true } }</c> (or a timestamp).</summary>
    /// <param name="field">The field lambda.</param>
    /// <param name="asTimestamp">Whether to store a timestamp instead of a date.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> CurrentDate(Expression<Func<TDocument, object?>> field, bool asTimestamp = false) => CurrentDate(Untyped(field), asTimestamp);

    /// <summary>Appends an item to an array: <c>{ $push: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda, such as <c>x =&gt; x.Tags</c>.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Push<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Push(Untyped(field), value);

    /// <summary>Appends items: <c>{ $push: { field: { $each: [...], $position, $slice, $sort } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The items.</param>
    /// <param name="slice">Keep only this many items (negative: the last ones), or <see langword="null"/>.</param>
    /// <param name="position">Insert at this index, or <see langword="null"/> to append.</param>
    /// <param name="sort">Sort the array after pushing (e.g. <c>{ score: -1 }</c>), or <see langword="null"/>.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PushEach<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values, int? slice = null, int? position = null, BsonValue? sort = null) =>
        PushEach(Untyped(field), values, slice, position, sort);

    /// <summary>Adds an item unless present: <c>{ $addToSet: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> AddToSet<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => AddToSet(Untyped(field), value);

    /// <summary>Adds each item unless present: <c>{ $addToSet: { field: { $each: [...] } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The items.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> AddToSetEach<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values) => AddToSetEach(Untyped(field), values);

    /// <summary>Removes every item equal to value: <c>{ $pull: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Pull<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) => Pull(Untyped(field), value);

    /// <summary>Removes every item equal to one of the values: <c>{ $pullAll: { field: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="values">The items.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PullAll<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, IEnumerable<TItem> values) => PullAll(Untyped(field), values);

    /// <summary>Removes every item matching a filter: <c>{ $pull: { field: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="filter">The filter on one item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PullFilter<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, FilterDefinition<TItem> filter) => PullFilter(Untyped(field), filter);

    /// <summary>Removes every item matching a predicate: <c>PullFilter(x =&gt; x.Lines, l =&gt; l.Qty == 0)</c> → <c>{ $pull: { lines: { qty: 0 } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field lambda.</param>
    /// <param name="predicate">The predicate on one item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PullFilter<TItem>(Expression<Func<TDocument, IEnumerable<TItem>>> field, Expression<Func<TItem, bool>> predicate) =>
        PullFilter(Untyped(field), new ExpressionFilterDefinition<TItem>(predicate));

    /// <summary>Removes the first item: <c>{ $pop: { field: -1 } }</c>.</summary>
    /// <param name="field">The array field lambda.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PopFirst(Expression<Func<TDocument, object?>> field) => PopFirst(Untyped(field));

    /// <summary>Removes the last item: <c>{ $pop: { field: 1 } }</c>.</summary>
    /// <param name="field">The array field lambda.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PopLast(Expression<Func<TDocument, object?>> field) => PopLast(Untyped(field));

    private static ExpressionFieldDefinition<TDocument, TField> Field<TField>(Expression<Func<TDocument, TField>> field) => new(field);

    private static ExpressionFieldDefinition<TDocument> Untyped(LambdaExpression field) => new(field);
}
