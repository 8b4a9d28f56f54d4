using System.Linq.Expressions;

namespace MongoPatterns.Driver;

/// <content>The lambda overloads: <c>Builders&lt;T&gt;.Update.Set(x =&gt; x.Name, n).Inc(x =&gt; x.Visits, 1)</c>.</content>
public static partial class UpdateDefinitionExtensions
{
    /// <summary>Adds <c>$set</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Set<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Set(field, value));

    /// <summary>Adds <c>$setOnInsert</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> SetOnInsert<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.SetOnInsert(field, value));

    /// <summary>Adds <c>$unset</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Unset<TDocument>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, object?>> field) =>
        Combine(update, Builders<TDocument>.Update.Unset(field));

    /// <summary>Adds <c>$inc</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Inc<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Inc(field, value));

    /// <summary>Adds <c>$mul</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The factor.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Mul<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Mul(field, value));

    /// <summary>Adds <c>$min</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Min<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Min(field, value));

    /// <summary>Adds <c>$max</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TField">The value type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <param name="value">The value.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Max<TDocument, TField>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, TField>> field, TField value) =>
        Combine(update, Builders<TDocument>.Update.Max(field, value));

    /// <summary>Adds <c>$push</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Push<TDocument, TItem>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.Push(field, value));

    /// <summary>Adds <c>$addToSet</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> AddToSet<TDocument, TItem>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.AddToSet(field, value));

    /// <summary>Adds <c>$pull</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The array field lambda.</param>
    /// <param name="value">The item.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> Pull<TDocument, TItem>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, IEnumerable<TItem>>> field, TItem value) =>
        Combine(update, Builders<TDocument>.Update.Pull(field, value));

    /// <summary>Adds <c>$currentDate</c>.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="update">The update so far.</param>
    /// <param name="field">The field lambda.</param>
    /// <returns>The combined update.</returns>
    public static UpdateDefinition<TDocument> CurrentDate<TDocument>(this UpdateDefinition<TDocument> update, Expression<Func<TDocument, object?>> field) =>
        Combine(update, Builders<TDocument>.Update.CurrentDate(field));
}
