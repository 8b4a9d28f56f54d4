namespace MongoPatterns.Driver;

/// <summary>Chains update operators: <c>Builders&lt;T&gt;.Update.Set("a", 1).Inc("n", 1).Push("tags", "x")</c> (each call combines with the previous update).</summary>
public static partial class UpdateDefinitionExtensions
{
    /// <summary>Adds <c>$set</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Set<TDocument, TField>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument, TField> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Set(field, value));

    /// <summary>Adds <c>$setOnInsert</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> SetOnInsert<TDocument, TField>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument, TField> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.SetOnInsert(field, value));

    /// <summary>Adds <c>$unset</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Unset<TDocument>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument> field) =>
        Combine(update, Builders<TDocument>.Update.Unset(field));

    /// <summary>Adds <c>$inc</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Inc<TDocument, TField>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument, TField> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Inc(field, value));

    /// <summary>Adds <c>$push</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Push<TDocument, TItem>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.Push(field, value));

    /// <summary>Adds <c>$addToSet</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> AddToSet<TDocument, TItem>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.AddToSet(field, value));

    /// <summary>Adds <c>$pull</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Pull<TDocument, TItem>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.Pull(field, value));

    /// <summary>Adds <c>$currentDate</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> CurrentDate<TDocument>(this UpdateDefinition<TDocument> update, FieldDefinition<TDocument> field) =>
        Combine(update, Builders<TDocument>.Update.CurrentDate(field));

    private static UpdateDefinition<TDocument> Combine<TDocument>(UpdateDefinition<TDocument> update, UpdateDefinition<TDocument> next)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Builders<TDocument>.Update.Combine(update, next);
    }
}
