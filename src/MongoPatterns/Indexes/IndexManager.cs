using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MongoPatterns.Bson;
using MongoPatterns.Configuration;
using MongoPatterns.Diagnostics;
using MongoPatterns.Driver;
using MongoPatterns.Entities;
using MongoPatterns.Repositories;

namespace MongoPatterns.Indexes;

/// <summary>Compares declared indexes with the server's and creates, reports or drops them.</summary>
internal sealed class IndexManager(
    EntityConfigurationRegistry entities,
    RepositoryContextFactory contexts,
    IOptions<MongoPatternsOptions> options,
    ILogger<IndexManager>? logger = null) : IIndexManager
{
    private const int NamespaceNotFound = 26;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<IndexEnsureReport> EnsureIndexesAsync(CancellationToken cancellationToken = default)
    {
        var report = new IndexEnsureReport();
        foreach (var configuration in entities.All.ToList())
        {
            await configuration.EnsureIndexesAsync(this, report, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    internal async Task EnsureAsync<T>(EntityConfiguration<T> configuration, IndexEnsureReport report, CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value.Indexes;
        if (configuration.Indexes.Count == 0 && !settings.DropUnknownIndexes)
        {
            return;
        }

        var context = contexts.Get<T>();
        var collection = context.Operations.Collection;
        var prefix = $"{context.DatabaseName}.{context.CollectionName}.";
        var existing = await ListAsync(collection, cancellationToken).ConfigureAwait(false);
        var kept = new HashSet<string>(StringComparer.Ordinal) { "_id_" };
        foreach (var declared in configuration.Indexes)
        {
            var keys = declared.RenderKeys(context.RenderArgs);
            var createOptions = declared.CreateOptions(context.RenderArgs);
            var name = createOptions.Name ?? DefaultName(keys);
            var match = existing.Find(e => NameOf(e) == name)
                ?? existing.Find(e => e.TryGetValue("key", out var key) && key is BsonDocument document && SameKeys(document, keys));
            if (match is null)
            {
                await collection.Indexes.CreateOneAsync(new CreateIndexModel<T>(keys, createOptions), cancellationToken: cancellationToken).ConfigureAwait(false);
                RepositoryLog.IndexCreated(_logger, name, context.DatabaseName, context.CollectionName);
                report.AddCreated(prefix + name);
                kept.Add(name);
                continue;
            }

            var existingName = NameOf(match) ?? name;
            kept.Add(existingName);
            if (SameDefinition(match, keys, createOptions))
            {
                report.AddUnchanged(prefix + existingName);
                continue;
            }

            report.AddConflicting(prefix + existingName);
            if (settings.DropConflictingIndexes)
            {
                await collection.Indexes.DropOneAsync(existingName, cancellationToken).ConfigureAwait(false);
                RepositoryLog.IndexDropped(_logger, existingName, context.DatabaseName, context.CollectionName);
                report.AddDropped(prefix + existingName);
                await collection.Indexes.CreateOneAsync(new CreateIndexModel<T>(keys, createOptions), cancellationToken: cancellationToken).ConfigureAwait(false);
                RepositoryLog.IndexCreated(_logger, name, context.DatabaseName, context.CollectionName);
                report.AddCreated(prefix + name);
            }
            else
            {
                RepositoryLog.IndexConflict(_logger, existingName, context.DatabaseName, context.CollectionName, match.ToJson(), Describe(keys, createOptions, name));
            }
        }

        if (settings.DropUnknownIndexes)
        {
            foreach (var index in existing)
            {
                var name = NameOf(index);
                if (name is not null && !kept.Contains(name))
                {
                    await collection.Indexes.DropOneAsync(name, cancellationToken).ConfigureAwait(false);
                    RepositoryLog.IndexDropped(_logger, name, context.DatabaseName, context.CollectionName);
                    report.AddDropped(prefix + name);
                }
            }
        }
    }

    private static async Task<List<BsonDocument>> ListAsync<T>(IMongoCollection<T> collection, CancellationToken cancellationToken)
    {
        try
        {
            var cursor = await collection.Indexes.ListAsync(cancellationToken).ConfigureAwait(false);
            return await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MongoCommandException exception) when (exception.Code == NamespaceNotFound)
        {
            return [];
        }
    }

    private static string? NameOf(BsonDocument index) => index.TryGetValue("name", out var name) && name.IsString ? name.AsString : null;

    internal static string DefaultName(BsonDocument keys) => string.Join("_", keys.Select(k => k.Name + "_" + k.Value.ToString()));

    private static bool SameKeys(BsonDocument existing, BsonDocument declared)
    {
        if (existing.ElementCount != declared.ElementCount)
        {
            return false;
        }

        for (var i = 0; i < existing.ElementCount; i++)
        {
            var a = existing.GetElement(i);
            var b = declared.GetElement(i);
            if (a.Name != b.Name || !SameValue(a.Value, b.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValue(BsonValue a, BsonValue b) =>
        a.IsNumeric && b.IsNumeric ? a.ToDouble().Equals(b.ToDouble()) : a.Equals(b);

    private static bool SameDefinition(BsonDocument existing, BsonDocument keys, CreateIndexOptions declared)
    {
        var unique = existing.TryGetValue("unique", out var u) && u.IsBoolean && u.AsBoolean;
        var sparse = existing.TryGetValue("sparse", out var s) && s.IsBoolean && s.AsBoolean;
        double? ttl = existing.TryGetValue("expireAfterSeconds", out var e) && e.IsNumeric ? e.ToDouble() : null;
        var partial = existing.TryGetValue("partialFilterExpression", out var p) ? p.ToJson() : null;
        return existing.TryGetValue("key", out var key) && key is BsonDocument keyDocument && SameKeys(keyDocument, keys)
            && unique == (declared.Unique ?? false)
            && sparse == (declared.Sparse ?? false)
            && ttl == declared.ExpireAfter?.TotalSeconds
            && partial == declared.PartialFilterExpression?.ToJson();
    }

    private static string Describe(BsonDocument keys, CreateIndexOptions declared, string name)
    {
        var description = new BsonDocument { { "name", name }, { "key", keys } };
        if (declared.Unique == true)
        {
            description.Add("unique", true);
        }

        if (declared.Sparse == true)
        {
            description.Add("sparse", true);
        }

        if (declared.ExpireAfter is { } ttl)
        {
            description.Add("expireAfterSeconds", (long)ttl.TotalSeconds);
        }

        if (declared.PartialFilterExpression is { } partial)
        {
            description.Add("partialFilterExpression", partial);
        }

        return description.ToJson();
    }
}
