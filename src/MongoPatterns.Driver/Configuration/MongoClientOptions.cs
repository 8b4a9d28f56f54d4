using Microsoft.Extensions.Logging;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver;

/// <summary>
/// Client options that are objects rather than connection string values: logging, event subscription, the serializer
/// registry and tracing. Pass them with the settings: <c>new MongoClient(settings, new MongoClientOptions { ... })</c>.
/// </summary>
public sealed record MongoClientOptions
{
    /// <summary>Gets the default options: no logging, no event subscriber, the default serializer registry, tracing on.</summary>
    public static MongoClientOptions Default { get; } = new();

    /// <summary>
    /// Gets the logger factory, or <see langword="null"/> (the default) for no logging. Categories:
    /// <c>MongoPatterns.Driver.Command</c>, <c>MongoPatterns.Driver.Connection</c> and
    /// <c>MongoPatterns.Driver.ServerSelection</c>; messages follow the Command Logging and Monitoring, CMAP and Server
    /// Selection specifications (command and pool messages at Debug level, sensitive commands redacted).
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Gets the subscriber of connection pool and command events, or <see langword="null"/> (the default).</summary>
    public IMongoEventSubscriber? EventSubscriber { get; init; }

    /// <summary>Gets the serializer registry used for documents and values. Default <see cref="BsonSerializerRegistry.Default"/>.</summary>
    public BsonSerializerRegistry SerializerRegistry { get; init; } = BsonSerializerRegistry.Default;

    /// <summary>
    /// Gets whether operations and commands are traced with the <c>MongoPatterns.Driver</c>
    /// <see cref="System.Diagnostics.ActivitySource"/> (OpenTelemetry specification). Default <see langword="true"/>;
    /// activities are only created when a listener (e.g. the OpenTelemetry SDK) subscribes to that source.
    /// </summary>
    public bool EnableTracing { get; init; } = true;

    /// <summary>
    /// Gets the maximum length of the <c>db.query.text</c> attribute (the command as Extended JSON) on command
    /// activities. Default 0: the attribute is not added, since commands may contain personal data.
    /// </summary>
    public int TracingQueryTextMaxLength { get; init; }

    /// <summary>
    /// Gets the maximum length of documents in log messages (Logging specification). Default 1000, or the value of
    /// the <c>MONGODB_LOG_MAX_DOCUMENT_LENGTH</c> environment variable when set; longer documents end with <c>...</c>.
    /// </summary>
    public int MaxLoggedDocumentLength { get; init; } = DefaultMaxLoggedDocumentLength();

    private static int DefaultMaxLoggedDocumentLength() =>
        int.TryParse(Environment.GetEnvironmentVariable("MONGODB_LOG_MAX_DOCUMENT_LENGTH"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) && length > 0
            ? length
            : 1000;
}
