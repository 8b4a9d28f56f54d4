using MongoPatterns.Bson;
using MongoPatterns.Driver.Definitions;

namespace MongoPatterns.Driver;

/// <summary>Builds updates with string field names: <c>Set</c>, <c>Unset</c>, <c>Inc</c>, <c>Push</c>, <c>AddToSet</c>, <c>Pull</c>, <c>Combine</c>, ...</summary>
/// <typeparam name="TDocument">The document type.</typeparam>
public sealed partial class UpdateDefinitionBuilder<TDocument>
{
    /// <summary>Sets a field: <c>{ $set: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Set<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$set", field, value);

    /// <summary>Sets a field only when an upsert inserts: <c>{ $setOnInsert: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> SetOnInsert<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$setOnInsert", field, value);

    /// <summary>Removes a field: <c>{ $unset: { field: "" } }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Unset(FieldDefinition<TDocument> field) => Untyped("$unset", field, (_, _) => string.Empty);

    /// <summary>Adds to a number: <c>{ $inc: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Inc<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$inc", field, value);

    /// <summary>Multiplies a number: <c>{ $mul: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The factor.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Mul<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$mul", field, value);

    /// <summary>Lowers a field to value when value is smaller: <c>{ $min: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Min<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$min", field, value);

    /// <summary>Raises a field to value when value is larger: <c>{ $max: { field: value } }</c>.</summary>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Max<TField>(FieldDefinition<TDocument, TField> field, TField value) => Typed("$max", field, value);

    /// <summary>Renames a field: <c>{ $rename: { field: "newName" } }</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="newName">The new element name.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Rename(FieldDefinition<TDocument> field, string newName)
    {
        ArgumentException.ThrowIfNullOrEmpty(newName);
        return Untyped("$rename", field, (_, _) => newName);
    }

    /// <summary>Sets a field to the current date: <c>{ $currentDate: { field: true } }</c> (or a timestamp).</summary>
    /// <param name="field">The field.</param>
    /// <param name="asTimestamp">Whether to store a timestamp instead of a date.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> CurrentDate(FieldDefinition<TDocument> field, bool asTimestamp = false) =>
        Untyped("$currentDate", field, (_, _) => asTimestamp ? new BsonDocument("$type", "timestamp") : true);

    /// <summary>Appends an item to an array: <c>{ $push: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Push<TItem>(FieldDefinition<TDocument> field, TItem value) => Item("$push", field, value);

    /// <summary>Appends items: <c>{ $push: { field: { $each: [...], $position, $slice, $sort } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="values">The items.</param>
    /// <param name="slice">Keep only this many items (negative: the last ones), or <see langword="null"/>.</param>
    /// <param name="position">Insert at this index, or <see langword="null"/> to append.</param>
    /// <param name="sort">Sort the array after pushing (e.g. <c>{ score: -1 }</c>), or <see langword="null"/>.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PushEach<TItem>(FieldDefinition<TDocument> field, IEnumerable<TItem> values, int? slice = null, int? position = null, BsonValue? sort = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return Untyped("$push", field, (rendered, args) =>
        {
            var each = new BsonDocument("$each", ValueSerializers.RenderArray(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry), list));
            if (position is { } at)
            {
                each.Add("$position", at);
            }

            if (slice is { } keep)
            {
                each.Add("$slice", keep);
            }

            if (sort is not null)
            {
                each.Add("$sort", sort);
            }

            return each;
        });
    }

    /// <summary>Adds an item unless present: <c>{ $addToSet: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> AddToSet<TItem>(FieldDefinition<TDocument> field, TItem value) => Item("$addToSet", field, value);

    /// <summary>Adds each item unless present: <c>{ $addToSet: { field: { $each: [...] } } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="values">The items.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> AddToSetEach<TItem>(FieldDefinition<TDocument> field, IEnumerable<TItem> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return Untyped("$addToSet", field, (rendered, args) =>
            new BsonDocument("$each", ValueSerializers.RenderArray(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry), list)));
    }

    /// <summary>Removes every item equal to value: <c>{ $pull: { field: value } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Pull<TItem>(FieldDefinition<TDocument> field, TItem value) => Item("$pull", field, value);

    /// <summary>Removes every item equal to one of the values: <c>{ $pullAll: { field: [...] } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="values">The items.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PullAll<TItem>(FieldDefinition<TDocument> field, IEnumerable<TItem> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        return Untyped("$pullAll", field, (rendered, args) => ValueSerializers.RenderArray(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry), list));
    }

    /// <summary>Removes every item matching a filter: <c>{ $pull: { field: filter } }</c>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="field">The array field.</param>
    /// <param name="filter">The filter on one item.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PullFilter<TItem>(FieldDefinition<TDocument> field, FilterDefinition<TItem> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Untyped("$pull", field, (rendered, args) => filter.Render(args.WithDocumentSerializer(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry))));
    }

    /// <summary>Removes the first item: <c>{ $pop: { field: -1 } }</c>.</summary>
    /// <param name="field">The array field.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PopFirst(FieldDefinition<TDocument> field) => Untyped("$pop", field, (_, _) => -1);

    /// <summary>Removes the last item: <c>{ $pop: { field: 1 } }</c>.</summary>
    /// <param name="field">The array field.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> PopLast(FieldDefinition<TDocument> field) => Untyped("$pop", field, (_, _) => 1);

    /// <summary>Merges several operator updates into one.</summary>
    /// <param name="updates">The updates.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Combine(params UpdateDefinition<TDocument>[] updates) => Combine((IEnumerable<UpdateDefinition<TDocument>>)updates);

    /// <summary>Merges several operator updates into one.</summary>
    /// <param name="updates">The updates.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Combine(IEnumerable<UpdateDefinition<TDocument>> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return new CombinedUpdateDefinition<TDocument>(updates.ToList());
    }

    /// <summary>Uses an aggregation pipeline as the update.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <returns>The update.</returns>
    public UpdateDefinition<TDocument> Pipeline(PipelineDefinition<TDocument, TDocument> pipeline) => new PipelineUpdateDefinition<TDocument>(pipeline);

    private static UpdateDefinition<TDocument> Typed<TField>(string operatorName, FieldDefinition<TDocument, TField> field, TField value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new TypedOperatorUpdateDefinition<TDocument, TField>(operatorName, field, value);
    }

    private static UpdateDefinition<TDocument> Item<TItem>(string operatorName, FieldDefinition<TDocument> field, TItem value) =>
        Untyped(operatorName, field, (rendered, args) => ValueSerializers.Render(ItemSerializers.For<TItem>(rendered, args.SerializerRegistry), value));

    private static UpdateDefinition<TDocument> Untyped(string operatorName, FieldDefinition<TDocument> field, Func<RenderedFieldDefinition, RenderArgs<TDocument>, BsonValue> renderValue)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new OperatorUpdateDefinition<TDocument>(operatorName, field, renderValue);
    }
}
