using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Driver;
using MongoPatterns.SpecTests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// Runs one test of a unified test file ("Executing a Test"): sets up <c>initialData</c> through the internal client,
/// creates the entities, runs the operations (asserting <c>expectResult</c> and <c>expectError</c>), disables the fail
/// points it configured, then asserts <c>expectEvents</c> and <c>outcome</c>.
/// </summary>
internal sealed class UnifiedTestRunner : IAsyncDisposable
{
    private readonly UnifiedServer _server;
    private readonly ITestOutputHelper _output;
    private readonly BsonDocument _file;
    private readonly BsonDocument _test;
    private readonly UnifiedEntityMap _entities = new();
    private readonly UnifiedValueMatcher _matcher;
    private readonly List<BsonDocument> _failPoints = [];

    private UnifiedTestRunner(UnifiedServer server, ITestOutputHelper output, BsonDocument file, BsonDocument test)
    {
        _server = server;
        _output = output;
        _file = file;
        _test = test;
        _matcher = new UnifiedValueMatcher(_entities);
    }

    /// <summary>Runs a test case against the first server of the fixture that meets its requirements.</summary>
    public static async Task RunAsync(SpecCase testCase, UnifiedServerFixture fixture, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        ArgumentNullException.ThrowIfNull(fixture);
        var file = UnifiedTestFile.Load(testCase.Path);
        if (!UnifiedTestFile.IsCompatible(file))
        {
            throw new NotSupportedException(
                $"{testCase.File} has schemaVersion {file["schemaVersion"]}, newer than the runner's {UnifiedTestFile.SupportedSchemaVersion}.");
        }

        var test = file["tests"][testCase.Index].AsBsonDocument;
        var server = UnifiedServer.Choose(fixture.Servers, static s => s.Description, file.GetValue("runOnRequirements", null), test.GetValue("runOnRequirements", null), out var reason)
            ?? throw new XunitException(reason);
        output?.WriteLine($"running against the embedded server {server.Description} at {server.ConnectionString}");
        var runner = new UnifiedTestRunner(server, output!, file, test);
        await using (runner.ConfigureAwait(false))
        {
            await runner.RunAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _entities.DisposeAsync();

    private async Task RunAsync()
    {
        {
            if (_file.GetValue("initialData", null) is BsonArray initialData)
            {
                await LoadInitialDataAsync(initialData).ConfigureAwait(false);
            }

            if (_file.GetValue("createEntities", null) is BsonArray entities)
            {
                CreateEntities(entities);
            }

            try
            {
                var index = 0;
                foreach (var operation in _test["operations"].AsBsonArray)
                {
                    await ExecuteOperationAsync(operation.AsBsonDocument, index++).ConfigureAwait(false);
                }
            }
            finally
            {
                foreach (var client in _entities.Clients)
                {
                    client.StopListening();
                }

                await DisableFailPointsAsync().ConfigureAwait(false);
            }

            if (_test.GetValue("expectEvents", null) is BsonArray expectedEvents)
            {
                foreach (var expected in expectedEvents)
                {
                    AssertEvents(expected.AsBsonDocument);
                }
            }

            if (_test.GetValue("outcome", null) is BsonArray outcome)
            {
                await AssertOutcomeAsync(outcome).ConfigureAwait(false);
            }
        }
    }

    private async Task LoadInitialDataAsync(BsonArray initialData)
    {
        foreach (var collectionData in initialData.Cast<BsonDocument>())
        {
            var database = _server.InternalClient.GetDatabase(collectionData["databaseName"].AsString, new MongoDatabaseSettings { WriteConcern = WriteConcern.WMajority });
            var name = collectionData["collectionName"].AsString;
            await database.DropCollectionAsync(name).ConfigureAwait(false);
            var documents = collectionData["documents"].AsBsonArray.Select(document => document.AsBsonDocument.DeepClone()).ToList();
            if (collectionData.GetValue("createOptions", null) is BsonDocument createOptions)
            {
                var command = new BsonDocument("create", name).AddRange(createOptions);
                command.Add("writeConcern", new BsonDocument("w", "majority"));
                await database.RunCommandAsync<BsonDocument>(command).ConfigureAwait(false);
            }
            else if (documents.Count == 0)
            {
                await database.CreateCollectionAsync(name).ConfigureAwait(false);
            }

            if (documents.Count > 0)
            {
                await database.GetCollection<BsonDocument>(name).InsertManyAsync(documents).ConfigureAwait(false);
            }
        }
    }

    private void CreateEntities(BsonArray entities)
    {
        foreach (var entity in entities.Cast<BsonDocument>())
        {
            if (entity.ElementCount != 1)
            {
                throw new InvalidOperationException($"An entity must have exactly one key: {entity}");
            }

            var kind = entity.GetElement(0).Name;
            var definition = entity[0].AsBsonDocument;
            var id = definition["id"].AsString;
            switch (kind)
            {
                case "client":
                    _entities.Add(id, CreateClient(id, definition));
                    break;
                case "database":
                    var client = _entities.Get<UnifiedClientEntity>(definition["client"].AsString).Client;
                    var databaseOptions = definition.GetValue("databaseOptions", null) as BsonDocument;
                    CheckKnownKeys(definition, "database", "id", "client", "databaseName", "databaseOptions");
                    _entities.Add(id, client.GetDatabase(definition["databaseName"].AsString, ToDatabaseSettings(databaseOptions)));
                    break;
                case "collection":
                    var database = _entities.Get<IMongoDatabase>(definition["database"].AsString);
                    var collectionOptions = definition.GetValue("collectionOptions", null) as BsonDocument;
                    CheckKnownKeys(definition, "collection", "id", "database", "collectionName", "collectionOptions");
                    _entities.Add(id, database.GetCollection<BsonDocument>(definition["collectionName"].AsString, ToCollectionSettings(collectionOptions)));
                    break;
                default:
                    throw new NotSupportedException($"The entity type '{kind}' is not supported by the unified runner.");
            }
        }
    }

    private UnifiedClientEntity CreateClient(string id, BsonDocument definition)
    {
        CheckKnownKeys(definition, "client", "id", "uriOptions", "useMultipleMongoses", "observeEvents", "ignoreCommandMonitoringEvents", "observeSensitiveCommands");
        if (definition.GetValue("observeSensitiveCommands", null)?.ToBoolean() == true)
        {
            throw new NotSupportedException("observeSensitiveCommands is not supported by the unified runner.");
        }

        var observed = definition.GetValue("observeEvents", null) is BsonArray events ? events.Select(e => e.AsString).ToList() : [];
        foreach (var type in observed)
        {
            if (type is not ("commandStartedEvent" or "commandSucceededEvent" or "commandFailedEvent"))
            {
                throw new NotSupportedException($"Observing {type} is not supported by the unified runner.");
            }
        }

        var ignored = definition.GetValue("ignoreCommandMonitoringEvents", null) is BsonArray names ? names.Select(n => n.AsString) : [];
        var entity = new UnifiedClientEntity(id, observed, ignored);
        var connectionString = WithUriOptions(_server.ConnectionString, definition.GetValue("uriOptions", null) as BsonDocument);
        entity.Attach(new MongoClient(connectionString, new MongoClientOptions { EventSubscriber = entity }));
        return entity;
    }

    private static string WithUriOptions(string connectionString, BsonDocument? uriOptions)
    {
        if (uriOptions is null || uriOptions.ElementCount == 0)
        {
            return connectionString;
        }

        var query = string.Join("&", uriOptions.Select(option => $"{option.Name}={Uri.EscapeDataString(FormatUriValue(option.Value))}"));
        var separator = connectionString.Contains('?', StringComparison.Ordinal) ? "&" : (connectionString.EndsWith('/') ? "?" : "/?");
        return connectionString + separator + query;
    }

    private static string FormatUriValue(BsonValue value) => value switch
    {
        BsonBoolean flag => flag.Value ? "true" : "false",
        BsonString text => text.Value,
        _ when value.IsNumeric => value.ToInt64().ToString(CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"The URI option value {value} is not supported by the unified runner."),
    };

    private static MongoDatabaseSettings? ToDatabaseSettings(BsonDocument? options)
    {
        if (options is null)
        {
            return null;
        }

        CheckKnownKeys(options, "databaseOptions", "readConcern", "readPreference", "writeConcern");
        return new MongoDatabaseSettings
        {
            ReadConcern = options.GetValue("readConcern", null) is BsonDocument readConcern ? UnifiedArguments.ToReadConcern(readConcern) : null,
            ReadPreference = options.GetValue("readPreference", null) is BsonDocument readPreference ? UnifiedArguments.ToReadPreference(readPreference) : null,
            WriteConcern = options.GetValue("writeConcern", null) is BsonDocument writeConcern ? UnifiedArguments.ToWriteConcern(writeConcern) : null,
        };
    }

    private static MongoCollectionSettings? ToCollectionSettings(BsonDocument? options)
    {
        if (options is null)
        {
            return null;
        }

        CheckKnownKeys(options, "collectionOptions", "readConcern", "readPreference", "writeConcern");
        return new MongoCollectionSettings
        {
            ReadConcern = options.GetValue("readConcern", null) is BsonDocument readConcern ? UnifiedArguments.ToReadConcern(readConcern) : null,
            ReadPreference = options.GetValue("readPreference", null) is BsonDocument readPreference ? UnifiedArguments.ToReadPreference(readPreference) : null,
            WriteConcern = options.GetValue("writeConcern", null) is BsonDocument writeConcern ? UnifiedArguments.ToWriteConcern(writeConcern) : null,
        };
    }

    private static void CheckKnownKeys(BsonDocument document, string what, params string[] known)
    {
        foreach (var name in document.Names)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new NotSupportedException($"The {what} option '{name}' is not supported by the unified runner.");
            }
        }
    }

    private async Task ExecuteOperationAsync(BsonDocument operation, int index)
    {
        var name = operation["name"].AsString;
        var objectName = operation["object"].AsString;
        var arguments = new UnifiedArguments(name, operation.GetValue("arguments", null) as BsonDocument);
        if (arguments.Optional("session") is not null)
        {
            throw new NotSupportedException("Session entities are not supported by the unified runner yet.");
        }

        if (objectName == "testRunner")
        {
            await ExecuteSpecialOperationAsync(name, arguments).ConfigureAwait(false);
            return;
        }

        var target = _entities.Get(objectName);
        var invocation = target switch
        {
            IMongoCollection<BsonDocument> collection => UnifiedCollectionOperations.Prepare(collection, name, arguments),
            IMongoDatabase database => UnifiedDatabaseOperations.Prepare(database, name, arguments),
            _ => throw new NotSupportedException($"Operations on {target.GetType().Name} entities ('{name}' on '{objectName}') are not supported by the unified runner."),
        };

        BsonValue? result = null;
        Exception? error = null;
        try
        {
            result = await invocation.RunAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        var label = $"operations[{index}] ({name} on {objectName})";
        _output.WriteLine(error is null ? $"{label} returned {result?.ToString() ?? "nothing"}" : $"{label} threw {error.GetType().Name}: {error.Message}");
        if (operation.GetValue("ignoreResultAndError", null)?.ToBoolean() == true)
        {
            return;
        }

        if (operation.GetValue("expectError", null) is BsonDocument expectError)
        {
            if (error is null)
            {
                throw new XunitException($"{label}: expected an error, but it returned {result?.ToString() ?? "nothing"}.");
            }

            UnifiedErrorAssertions.Assert(expectError, error, invocation, _matcher);
            return;
        }

        if (error is not null)
        {
            throw new XunitException($"{label}: unexpected {error.GetType().Name}: {error.Message}{Environment.NewLine}{error}");
        }

        if (operation.GetValue("expectResult", null) is { } expectResult)
        {
            _matcher.AssertMatches(expectResult, result, isRoot: true, rootElements: invocation.ReturnsDocuments, path: $"{label} result");
        }

        if (operation.GetValue("saveResultAsEntity", null) is BsonString saveAs)
        {
            _entities.Add(saveAs.Value, result ?? throw new InvalidOperationException($"{label} returned no result to save as '{saveAs.Value}'."));
        }
    }

    private async Task ExecuteSpecialOperationAsync(string name, UnifiedArguments arguments)
    {
        switch (name)
        {
            case "failPoint":
                var client = _entities.Get<UnifiedClientEntity>(arguments.Required("client").AsString).Client;
                var failPoint = arguments.Required("failPoint").AsBsonDocument;
                arguments.EnsureAllUsed();
                await client.GetDatabase("admin").RunCommandAsync<BsonDocument>(failPoint).ConfigureAwait(false);
                _failPoints.Add(failPoint);
                break;
            case "assertCollectionExists" or "assertCollectionNotExists":
                var databaseName = arguments.Required("databaseName").AsString;
                var collectionName = arguments.Required("collectionName").AsString;
                arguments.EnsureAllUsed();
                using (var cursor = await _server.InternalClient.GetDatabase(databaseName).ListCollectionNamesAsync().ConfigureAwait(false))
                {
                    var exists = (await cursor.ToListAsync().ConfigureAwait(false)).Contains(collectionName, StringComparer.Ordinal);
                    if (exists != (name == "assertCollectionExists"))
                    {
                        throw new XunitException($"{name}: collection {databaseName}.{collectionName} {(exists ? "exists" : "does not exist")}.");
                    }
                }

                break;
            case "assertIndexExists" or "assertIndexNotExists":
                var indexDatabase = arguments.Required("databaseName").AsString;
                var indexCollection = arguments.Required("collectionName").AsString;
                var indexName = arguments.Required("indexName").AsString;
                arguments.EnsureAllUsed();
                using (var cursor = await _server.InternalClient.GetDatabase(indexDatabase).GetCollection<BsonDocument>(indexCollection).Indexes.ListNamesAsync().ConfigureAwait(false))
                {
                    var exists = (await cursor.ToListAsync().ConfigureAwait(false)).Contains(indexName, StringComparer.Ordinal);
                    if (exists != (name == "assertIndexExists"))
                    {
                        throw new XunitException($"{name}: index {indexName} on {indexDatabase}.{indexCollection} {(exists ? "exists" : "does not exist")}.");
                    }
                }

                break;
            default:
                throw new NotSupportedException($"The testRunner operation '{name}' is not supported by the unified runner.");
        }
    }

    private async Task DisableFailPointsAsync()
    {
        foreach (var failPoint in _failPoints)
        {
            var off = new BsonDocument { { "configureFailPoint", failPoint["configureFailPoint"] }, { "mode", "off" } };
            await _server.InternalClient.GetDatabase("admin").RunCommandAsync<BsonDocument>(off).ConfigureAwait(false);
        }

        _failPoints.Clear();
    }

    private void AssertEvents(BsonDocument expected)
    {
        var client = _entities.Get<UnifiedClientEntity>(expected["client"].AsString);
        var eventType = expected.GetValue("eventType", null)?.AsString ?? "command";
        if (eventType != "command")
        {
            throw new NotSupportedException($"Expecting {eventType} events is not supported by the unified runner.");
        }

        var expectedEvents = expected["events"].AsBsonArray;
        var actualEvents = client.Events;
        var ignoreExtra = expected.GetValue("ignoreExtraEvents", null)?.ToBoolean() ?? false;
        if (actualEvents.Count < expectedEvents.Count || (!ignoreExtra && actualEvents.Count != expectedEvents.Count))
        {
            throw new XunitException(
                $"expectEvents for {client.Id}: expected {expectedEvents.Count} events, observed {actualEvents.Count}:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", actualEvents.Select(Describe)));
        }

        for (var index = 0; index < expectedEvents.Count; index++)
        {
            AssertEvent(expectedEvents[index].AsBsonDocument, actualEvents[index], $"expectEvents[{client.Id}][{index}]");
        }
    }

    private void AssertEvent(BsonDocument expected, CommandEvent actual, string path)
    {
        var type = expected.GetElement(0).Name;
        var assertions = expected[0].AsBsonDocument;
        var actualType = actual switch
        {
            CommandStartedEvent => "commandStartedEvent",
            CommandSucceededEvent => "commandSucceededEvent",
            _ => "commandFailedEvent",
        };
        if (type != actualType)
        {
            throw new XunitException($"{path}: expected a {type}, observed {Describe(actual)}.");
        }

        foreach (var assertion in assertions)
        {
            switch (assertion.Name)
            {
                case "command":
                    _matcher.AssertMatches(assertion.Value, ((CommandStartedEvent)actual).Command, isRoot: true, path: $"{path}.command");
                    break;
                case "reply":
                    _matcher.AssertMatches(assertion.Value, ((CommandSucceededEvent)actual).Reply, isRoot: true, path: $"{path}.reply");
                    break;
                case "commandName":
                    if (assertion.Value.AsString != actual.CommandName)
                    {
                        throw new XunitException($"{path}: expected command {assertion.Value.AsString}, observed {actual.CommandName}.");
                    }

                    break;
                case "databaseName":
                    if (assertion.Value.AsString != actual.DatabaseName)
                    {
                        throw new XunitException($"{path}: expected database {assertion.Value.AsString}, observed {actual.DatabaseName}.");
                    }

                    break;
                case "hasServerConnectionId":
                    if (assertion.Value.ToBoolean() != actual.ServerConnectionId.HasValue)
                    {
                        throw new XunitException($"{path}: expected hasServerConnectionId {assertion.Value}.");
                    }

                    break;
                case "hasServiceId":
                    if (assertion.Value.ToBoolean())
                    {
                        throw new XunitException($"{path}: expected a service id, but the embedded server is not behind a load balancer.");
                    }

                    break;
                default:
                    throw new NotSupportedException($"The event assertion '{assertion.Name}' is not supported by the unified runner.");
            }
        }
    }

    private static string Describe(CommandEvent commandEvent) => commandEvent switch
    {
        CommandStartedEvent started => $"started {started.CommandName} {started.Command}",
        CommandSucceededEvent succeeded => $"succeeded {succeeded.CommandName} {succeeded.Reply}",
        CommandFailedEvent failed => $"failed {failed.CommandName} {failed.Failure.Message}",
        _ => commandEvent.ToString(),
    };

    private async Task AssertOutcomeAsync(BsonArray outcome)
    {
        foreach (var collectionData in outcome.Cast<BsonDocument>())
        {
            var databaseName = collectionData["databaseName"].AsString;
            var collectionName = collectionData["collectionName"].AsString;
            var collection = _server.InternalClient
                .GetDatabase(databaseName)
                .GetCollection<BsonDocument>(collectionName, new MongoCollectionSettings { ReadConcern = ReadConcern.Local, ReadPreference = ReadPreference.Primary });
            var options = new FindOptions<BsonDocument> { Sort = new BsonDocument("_id", 1) };
            using var cursor = await collection.FindAsync(FilterDefinition<BsonDocument>.Empty, options).ConfigureAwait(false);
            var actual = new BsonArray(await cursor.ToListAsync().ConfigureAwait(false));
            UnifiedValueMatcher.AssertExactlyEqual(collectionData["documents"], actual, $"outcome {databaseName}.{collectionName}");
        }
    }
}
