using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Tests.Fakes;
using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>Command events, logging, tracing and metrics against the embedded server.</summary>
public sealed class MonitoringTests(EmbeddedMongoFixture fixture) : IntegrationTest(fixture), IClassFixture<EmbeddedMongoFixture>
{
    [SkippableFact]
    public Task CommandEvents_EveryStartedHasOneMatchingSucceededWithTheSameIds() => ServerFeature(async () =>
    {
        await Collection().InsertOneAsync(new BsonDocument("a", 1));
        await Collection().Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        await Assert.ThrowsAsync<MongoCommandException>(() => Database.RunCommandAsync<BsonDocument>(new BsonDocument("bogusCommand", 1)));

        var started = Events.OfType<CommandStartedEvent>();
        var finished = Events.All.OfType<CommandEvent>().Where(e => e is CommandSucceededEvent or CommandFailedEvent).ToList();
        Assert.Equal(started.Count, finished.Count);
        foreach (var start in started)
        {
            var end = Assert.Single(finished, e => e.RequestId == start.RequestId);
            Assert.Equal(start.CommandName, end.CommandName);
            Assert.Equal(start.DatabaseName, end.DatabaseName);
            Assert.Equal(start.OperationId, end.OperationId);
            Assert.Equal(start.ConnectionId, end.ConnectionId);
            Assert.Equal(Fixture.Server.Port, start.ServerAddress.Port);
        }

        var insert = Events.Started("insert").Single();
        Assert.Equal(Database.DatabaseNamespace.DatabaseName, insert.DatabaseName);
        Assert.Equal(Database.DatabaseNamespace.DatabaseName, insert.Command["$db"].AsString);
        Assert.Single(insert.Command["documents"].AsBsonArray);
        Assert.NotNull(insert.ServerConnectionId);
        Assert.Contains(Events.OfType<ConnectionCheckedOutEvent>(), e => e.ConnectionId == insert.ConnectionId);
    });

    [SkippableFact]
    public Task ConcurrentColdRequests_EachSendsExactlyOneFind() => ServerFeature(async () =>
    {
        await using var client = new MongoClient(Fixture.ConnectionString + "?maxPoolSize=5", new MongoClientOptions { EventSubscriber = Events });
        var collection = client.GetDatabase(Database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items");

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => collection.Find(Filter.Eq("_id", i)).FirstOrDefaultAsync()));

        Assert.Equal(100, Events.Started("find").Count);
        Assert.Equal(100, Events.OfType<CommandSucceededEvent>().Count(e => e.CommandName == "find"));
        Assert.InRange(Events.OfType<ConnectionCreatedEvent>().Count(e => e.ServerAddress.Port == Fixture.Server.Port), 1, 5 + 1);
    });

    [SkippableFact]
    public Task Logging_CommandMessages_FollowTheSpecAndTruncateLongDocuments() => ServerFeature(async () =>
    {
        var logs = new ListLoggerFactory();
        await using var client = new MongoClient(Fixture.ConnectionString, new MongoClientOptions { LoggerFactory = logs, MaxLoggedDocumentLength = 100 });
        var collection = client.GetDatabase(Database.DatabaseNamespace.DatabaseName).GetCollection<BsonDocument>("items");

        await collection.InsertOneAsync(new BsonDocument("text", new string('x', 500)));

        var started = logs.Entries.Single(e => e.Category == "MongoPatterns.Driver.Command" && e.Message.StartsWith("Command started: \"insert\"", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, started.Level);
        Assert.Equal("insert", started.State["commandName"]);
        Assert.Equal(Fixture.Server.Port, started.State["serverPort"]);
        var command = started.State["command"]!.ToString()!;
        Assert.Equal(103, command.Length);
        Assert.EndsWith("...", command, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Category == "MongoPatterns.Driver.Command" && e.Message.StartsWith("Command succeeded: \"insert\"", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Category == "MongoPatterns.Driver.Connection" && e.Message.StartsWith("Connection checked out", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Category == "MongoPatterns.Driver.ServerSelection" && e.Message.StartsWith("Server selection succeeded", StringComparison.Ordinal));
    });

    [SkippableFact]
    public Task Tracing_CreatesOperationAndCommandActivitiesWithDatabaseConventions() => ServerFeature(async () =>
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MongoPatterns.Driver",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var database = Database.DatabaseNamespace.DatabaseName;

        await Collection().InsertManyAsync(Enumerable.Range(0, 3).Select(i => new BsonDocument("i", i)));
        await (await Collection().FindAsync(FilterDefinition<BsonDocument>.Empty, new FindOptions<BsonDocument> { BatchSize = 1 })).ToListAsync();

        var operation = activities.First(a => a.DisplayName == $"find {database}.items");
        Assert.Equal(ActivityKind.Client, operation.Kind);
        Assert.Equal("mongodb", operation.GetTagItem("db.system"));
        Assert.Equal(database, operation.GetTagItem("db.namespace"));
        Assert.Equal("items", operation.GetTagItem("db.collection.name"));
        Assert.Equal("find", operation.GetTagItem("db.operation.name"));
        var command = activities.First(a => a.DisplayName == "find" && a.ParentSpanId == operation.SpanId);
        Assert.Equal("find", command.GetTagItem("db.command.name"));
        Assert.Equal("127.0.0.1", command.GetTagItem("server.address"));
        Assert.Equal((long)Fixture.Server.Port, command.GetTagItem("server.port"));
        Assert.Equal("tcp", command.GetTagItem("network.transport"));
        Assert.Equal($"find {database}.items", command.GetTagItem("db.query.summary"));
        Assert.NotNull(command.GetTagItem("db.mongodb.cursor_id"));
        Assert.Null(command.GetTagItem("db.query.text"));
        Assert.Contains(activities, a => a.DisplayName == "getMore");
    });

    [SkippableFact]
    public Task Tracing_FailedCommand_RecordsTheErrorCode() => ServerFeature(async () =>
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MongoPatterns.Driver",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await Assert.ThrowsAsync<MongoCommandException>(() => Database.RunCommandAsync<BsonDocument>(new BsonDocument("bogusCommand", 1)));

        var command = activities.First(a => a.DisplayName == "bogusCommand" && a.GetTagItem("db.command.name") is not null);
        Assert.Equal(ActivityStatusCode.Error, command.Status);
        Assert.Equal("59", command.GetTagItem("db.response.status_code"));
    });

    [SkippableFact]
    public Task Metrics_RecordCommandDurationsAndConnections() => ServerFeature(async () =>
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name == "MongoPatterns.Driver")
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
        await using var client = new MongoClient(Fixture.ConnectionString);

        await client.GetDatabase(Database.DatabaseNamespace.DatabaseName).RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));

        Assert.Contains(measurements, m => m.Instrument == "db.client.operation.duration" && m.Tags.Any(t => t.Key == "db.operation.name" && (string?)t.Value == "ping"));
        Assert.Contains(measurements, m => m.Instrument == "db.client.connection.count");
        Assert.Contains(measurements, m => m.Instrument == "db.client.connection.wait_time");
        Assert.Contains(measurements, m => m.Instrument == "mongopatterns.driver.connections.created");
    });
}
