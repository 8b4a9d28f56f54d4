using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.Indexes;

/// <summary>Options of an index declared with <c>HasIndex(...)</c>: uniqueness, sparseness, TTL, partial filter and name.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class IndexBuilder<T>
    where T : class
{
    internal IndexBuilder(IndexKeysDefinition<T> keys)
    {
        Keys = keys;
    }

    internal IndexKeysDefinition<T> Keys { get; }

    internal string? Name { get; private set; }

    internal bool Unique { get; private set; }

    internal bool Sparse { get; private set; }

    internal TimeSpan? ExpireAfter { get; private set; }

    internal FilterDefinition<T>? PartialFilter { get; private set; }

    /// <summary>Makes the index unique: writes that would duplicate its key throw <c>DuplicateKeyException</c>.</summary>
    /// <param name="unique">Whether the index is unique.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> IsUnique(bool unique = true)
    {
        Unique = unique;
        return this;
    }

    /// <summary>Makes the index sparse (documents without the indexed fields are left out).</summary>
    /// <param name="sparse">Whether the index is sparse.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> IsSparse(bool sparse = true)
    {
        Sparse = sparse;
        return this;
    }

    /// <summary>Names the index (default: the server's name from the keys, for example <c>email_1</c>).</summary>
    /// <param name="name">The index name.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> HasName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        return this;
    }

    /// <summary>Makes this a TTL index: documents expire the given time after the date in the indexed field.</summary>
    /// <param name="expireAfter">The time to live.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> ExpiresAfter(TimeSpan expireAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expireAfter, TimeSpan.Zero);
        ExpireAfter = expireAfter;
        return this;
    }

    /// <summary>Indexes only the documents matching the filter (a partial index).</summary>
    /// <param name="filter">The partial filter expression.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> HasPartialFilter(Expression<Func<T, bool>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        PartialFilter = Builders<T>.Filter.Where(filter);
        return this;
    }

    /// <summary>Indexes only the documents matching the filter (a partial index).</summary>
    /// <param name="filter">The partial filter expression.</param>
    /// <returns>This builder.</returns>
    public IndexBuilder<T> HasPartialFilter(FilterDefinition<T> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        PartialFilter = filter;
        return this;
    }

    internal CreateIndexOptions CreateOptions(RenderArgs<T> args) => new()
    {
        Name = Name,
        Unique = Unique ? true : null,
        Sparse = Sparse ? true : null,
        ExpireAfter = ExpireAfter,
        PartialFilterExpression = PartialFilter?.Render(args),
    };

    internal BsonDocument RenderKeys(RenderArgs<T> args) => Keys.Render(args);
}
