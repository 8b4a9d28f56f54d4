using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>Maps the unified format's database operations onto the driver's public <see cref="IMongoDatabase"/> API.</summary>
internal static class UnifiedDatabaseOperations
{
    /// <summary>Prepares a database operation.</summary>
    /// <exception cref="NotSupportedException">The operation or one of its arguments is not supported.</exception>
    public static UnifiedInvocation Prepare(IMongoDatabase database, string name, UnifiedArguments arguments)
    {
        var invocation = name switch
        {
            "aggregate" => Aggregate(database, arguments),
            "createCollection" => CreateCollection(database, arguments),
            "dropCollection" => DropCollection(database, arguments),
            "listCollectionNames" => ListCollectionNames(database, arguments),
            "listCollections" => ListCollections(database, arguments),
            "modifyCollection" => ModifyCollection(database, arguments),
            "runCommand" => RunCommand(database, arguments),
            _ => throw new NotSupportedException($"The database operation '{name}' is not supported by the unified runner."),
        };
        arguments.EnsureAllUsed();
        return invocation;
    }

    private static UnifiedInvocation Aggregate(IMongoDatabase database, UnifiedArguments arguments)
    {
        var pipeline = arguments.OptionalDocuments("pipeline") ?? throw new InvalidOperationException("aggregate needs a pipeline.");
        var options = UnifiedCollectionOperations.ReadAggregateOptions(arguments);
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await database.AggregateAsync(PipelineDefinition<NoPipelineInput, BsonDocument>.Create(pipeline), options).ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        })
        { ReturnsDocuments = true };
    }

    private static UnifiedInvocation CreateCollection(IMongoDatabase database, UnifiedArguments arguments)
    {
        var collection = arguments.Required("collection").AsString;
        var options = new CreateCollectionOptions
        {
            Capped = arguments.OptionalBoolean("capped"),
            Collation = arguments.Collation(),
            MaxDocuments = arguments.OptionalInt64("max"),
            MaxSize = arguments.OptionalInt64("size"),
            Validator = arguments.OptionalDocument("validator"),
        };
        return new UnifiedInvocation(async () =>
        {
            await database.CreateCollectionAsync(collection, options).ConfigureAwait(false);
            return null;
        });
    }

    private static UnifiedInvocation DropCollection(IMongoDatabase database, UnifiedArguments arguments)
    {
        var collection = arguments.Required("collection").AsString;
        return new UnifiedInvocation(async () =>
        {
            await database.DropCollectionAsync(collection).ConfigureAwait(false);
            return null;
        });
    }

    private static UnifiedInvocation ListCollectionNames(IMongoDatabase database, UnifiedArguments arguments)
    {
        var options = new ListCollectionNamesOptions { Filter = arguments.OptionalDocument("filter"), Comment = arguments.Optional("comment") };
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await database.ListCollectionNamesAsync(options).ConfigureAwait(false);
            return new BsonArray((await cursor.ToListAsync().ConfigureAwait(false)).Select(name => (BsonValue)name));
        });
    }

    private static UnifiedInvocation ListCollections(IMongoDatabase database, UnifiedArguments arguments)
    {
        var options = new ListCollectionsOptions
        {
            Filter = arguments.OptionalDocument("filter"),
            BatchSize = arguments.OptionalInt32("batchSize"),
            Comment = arguments.Optional("comment"),
        };
        return new UnifiedInvocation(async () =>
        {
            using var cursor = await database.ListCollectionsAsync(options).ConfigureAwait(false);
            return new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
        })
        { ReturnsDocuments = true };
    }

    /// <summary>The driver has no collMod helper; the operation runs the <c>collMod</c> command through <c>RunCommandAsync</c>.</summary>
    private static UnifiedInvocation ModifyCollection(IMongoDatabase database, UnifiedArguments arguments)
    {
        var command = new BsonDocument("collMod", arguments.Required("collection").AsString);
        foreach (var option in new[] { "validator", "validationLevel", "validationAction", "index", "expireAfterSeconds" })
        {
            if (arguments.Optional(option) is { } value)
            {
                command.Add(option, value);
            }
        }

        return new UnifiedInvocation(async () => await database.RunCommandAsync<BsonDocument>(command).ConfigureAwait(false));
    }

    private static UnifiedInvocation RunCommand(IMongoDatabase database, UnifiedArguments arguments)
    {
        var command = arguments.Required("command").AsBsonDocument;
        _ = arguments.OptionalString("commandName");
        var readPreference = arguments.OptionalDocument("readPreference") is { } preference ? UnifiedArguments.ToReadPreference(preference) : null;
        return new UnifiedInvocation(async () => await database.RunCommandAsync<BsonDocument>(command, readPreference).ConfigureAwait(false));
    }
}
