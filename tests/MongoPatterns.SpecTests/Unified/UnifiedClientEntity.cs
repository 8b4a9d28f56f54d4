using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// A client entity: the driver client and the command monitoring events it published while the test's operations ran,
/// filtered by the entity's <c>observeEvents</c> and <c>ignoreCommandMonitoringEvents</c>, without
/// <c>configureFailPoint</c> and sensitive commands.
/// </summary>
internal sealed class UnifiedClientEntity : IMongoEventSubscriber, IAsyncDisposable
{
    private static readonly HashSet<string> SensitiveCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "authenticate", "saslStart", "saslContinue", "getnonce", "createUser", "updateUser", "copydbgetnonce", "copydbsaslstart", "copydb",
    };

    private readonly object _gate = new();
    private readonly List<CommandEvent> _events = [];
    private readonly HashSet<string> _observedEventTypes;
    private readonly HashSet<string> _ignoredCommands;
    private readonly HashSet<long> _ignoredRequestIds = [];
    private bool _listening = true;
    private MongoClient? _client;

    /// <summary>Creates the entity; <see cref="Attach"/> gives it its client.</summary>
    /// <param name="id">The entity name.</param>
    /// <param name="observedEventTypes">The <c>observeEvents</c> names, e.g. <c>commandStartedEvent</c>.</param>
    /// <param name="ignoredCommands">The <c>ignoreCommandMonitoringEvents</c> command names.</param>
    public UnifiedClientEntity(string id, IEnumerable<string> observedEventTypes, IEnumerable<string> ignoredCommands)
    {
        Id = id;
        _observedEventTypes = new HashSet<string>(observedEventTypes, StringComparer.Ordinal);
        _ignoredCommands = new HashSet<string>(ignoredCommands, StringComparer.Ordinal) { "configureFailPoint" };
    }

    /// <summary>Gets the entity name.</summary>
    public string Id { get; }

    /// <summary>Gets the driver client.</summary>
    public MongoClient Client => _client ?? throw new InvalidOperationException("The client entity has no client yet.");

    /// <summary>Gets the observed command events so far, in order.</summary>
    public IReadOnlyList<CommandEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return _events.ToArray();
            }
        }
    }

    /// <summary>Gives the entity its client.</summary>
    public void Attach(MongoClient client) => _client = client;

    /// <summary>Stops recording events (after the test's operations).</summary>
    public void StopListening()
    {
        lock (_gate)
        {
            _listening = false;
        }
    }

    /// <inheritdoc />
    public void OnEvent(MongoEvent mongoEvent)
    {
        if (mongoEvent is not CommandEvent commandEvent)
        {
            return;
        }

        lock (_gate)
        {
            if (!_listening)
            {
                return;
            }

            if (commandEvent is CommandStartedEvent started && IsIgnored(started))
            {
                _ignoredRequestIds.Add(started.RequestId);
                return;
            }

            if (commandEvent is not CommandStartedEvent && _ignoredRequestIds.Contains(commandEvent.RequestId))
            {
                return;
            }

            var type = commandEvent switch
            {
                CommandStartedEvent => "commandStartedEvent",
                CommandSucceededEvent => "commandSucceededEvent",
                _ => "commandFailedEvent",
            };
            if (_observedEventTypes.Contains(type))
            {
                _events.Add(commandEvent);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        StopListening();
        if (_client is not null)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }
    }

    private bool IsIgnored(CommandStartedEvent started) =>
        _ignoredCommands.Contains(started.CommandName)
        || SensitiveCommands.Contains(started.CommandName)
        || (started.CommandName is "hello" or "isMaster" or "ismaster" && (started.Command.Contains("speculativeAuthenticate") || started.Command.ElementCount == 0));
}
