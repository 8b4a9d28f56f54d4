using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MongoPatterns.Driver.Diagnostics;

/// <summary>
/// One client's outlets for monitoring: the event subscriber and the three log categories. Components check
/// <see cref="HasSubscriber"/> and <c>ILogger.IsEnabled</c> before building events or messages, so that monitoring
/// costs nothing when nobody listens.
/// </summary>
internal sealed class EventPublisher
{
    /// <summary>The log category of command messages.</summary>
    public const string CommandCategory = "MongoPatterns.Driver.Command";

    /// <summary>The log category of connection pool messages.</summary>
    public const string ConnectionCategory = "MongoPatterns.Driver.Connection";

    /// <summary>The log category of server selection messages.</summary>
    public const string ServerSelectionCategory = "MongoPatterns.Driver.ServerSelection";

    private readonly IMongoEventSubscriber? _subscriber;

    /// <summary>Creates a publisher for the given options.</summary>
    public EventPublisher(MongoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _subscriber = options.EventSubscriber;
        var factory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        CommandLogger = factory.CreateLogger(CommandCategory);
        ConnectionLogger = factory.CreateLogger(ConnectionCategory);
        ServerSelectionLogger = factory.CreateLogger(ServerSelectionCategory);
    }

    /// <summary>Gets a publisher that publishes nothing and logs nothing.</summary>
    public static EventPublisher None { get; } = new(MongoClientOptions.Default);

    /// <summary>Gets the client options.</summary>
    public MongoClientOptions Options { get; }

    /// <summary>Gets the command logger.</summary>
    public ILogger CommandLogger { get; }

    /// <summary>Gets the connection pool logger.</summary>
    public ILogger ConnectionLogger { get; }

    /// <summary>Gets the server selection logger.</summary>
    public ILogger ServerSelectionLogger { get; }

    /// <summary>Gets a value indicating whether an event subscriber is attached.</summary>
    public bool HasSubscriber => _subscriber is not null;

    /// <summary>Gets a value indicating whether command events or command log messages are wanted.</summary>
    public bool IsCommandMonitoringEnabled => _subscriber is not null || CommandLogger.IsEnabled(LogLevel.Debug);

    /// <summary>Gets a value indicating whether connection pool events or log messages are wanted.</summary>
    public bool IsConnectionMonitoringEnabled => _subscriber is not null || ConnectionLogger.IsEnabled(LogLevel.Debug);

    /// <summary>Hands an event to the subscriber; a throwing subscriber is logged and otherwise ignored.</summary>
    public void Publish(MongoEvent mongoEvent)
    {
        if (_subscriber is null)
        {
            return;
        }

        try
        {
            _subscriber.OnEvent(mongoEvent);
        }
#pragma warning disable CA1031 // A subscriber's bug must not break the driver; it is logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            DriverLogMessages.SubscriberFailed(CommandLogger, mongoEvent.GetType().Name, exception);
        }
    }
}
