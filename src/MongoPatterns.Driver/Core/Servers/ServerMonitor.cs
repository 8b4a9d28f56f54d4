using System.Diagnostics;
using MongoPatterns.Driver.Core.Connections;
using MongoPatterns.Driver.Diagnostics;

namespace MongoPatterns.Driver.Core.Servers;

/// <summary>
/// A polling server monitor: a dedicated, unauthenticated connection runs the handshake, then <c>hello</c> every
/// <c>heartbeatFrequencyMS</c> or sooner when asked, keeping an exponentially weighted round trip average (alpha 0.2).
/// A failed check of a server that was known is retried once at once, as SDAM asks.
/// </summary>
internal sealed class ServerMonitor : IServerMonitor
{
    /// <summary>The shortest time between two checks.</summary>
    public static readonly TimeSpan MinHeartbeatInterval = TimeSpan.FromMilliseconds(500);

    private const double RoundTripAlpha = 0.2;

    private readonly MongoServerAddress _address;
    private readonly ConnectionSettings _connectionSettings;
    private readonly TimeSpan _heartbeatInterval;
    private readonly Action<ServerDescription> _onDescription;
    private readonly EventPublisher _events;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _checkRequested = new(0);
    private Connection? _connection;
    private TimeSpan? _averageRoundTrip;
    private Task? _loop;
    private volatile bool _resetRequested;

    /// <summary>Creates a monitor; call <see cref="Start"/> to begin.</summary>
    /// <param name="address">The server.</param>
    /// <param name="connectionSettings">The client's connection settings (monitoring adapts the socket timeout).</param>
    /// <param name="heartbeatInterval">The polling interval.</param>
    /// <param name="onDescription">Receives every new description.</param>
    /// <param name="events">Where check failures are logged.</param>
    public ServerMonitor(MongoServerAddress address, ConnectionSettings connectionSettings, TimeSpan heartbeatInterval, Action<ServerDescription> onDescription, EventPublisher events)
    {
        _address = address;
        _connectionSettings = connectionSettings.ForMonitoring();
        _heartbeatInterval = heartbeatInterval < MinHeartbeatInterval ? MinHeartbeatInterval : heartbeatInterval;
        _onDescription = onDescription;
        _events = events;
        Description = new ServerDescription(address);
    }

    /// <inheritdoc />
    public ServerDescription Description { get; private set; }

    /// <inheritdoc />
    public void Start() => _loop ??= Task.Run(RunAsync);

    /// <inheritdoc />
    public void RequestImmediateCheck()
    {
        try
        {
            if (_checkRequested.CurrentCount == 0)
            {
                _checkRequested.Release();
            }
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    /// <inheritdoc />
    public void Reset() => _resetRequested = true;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
        _checkRequested.Dispose();
    }

    private async Task RunAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var description = await CheckAsync(token).ConfigureAwait(false);
            if (token.IsCancellationRequested)
            {
                return;
            }

            if (!description.IsKnown && Description.IsKnown)
            {
                // SDAM: a server that was known gets one immediate retry before it is marked Unknown.
                description = await CheckAsync(token).ConfigureAwait(false);
                if (token.IsCancellationRequested)
                {
                    return;
                }
            }

            Description = description;
            _onDescription(description);

            try
            {
                // Wait for the heartbeat, or an explicit request, but never less than the minimum interval between checks.
                await _checkRequested.WaitAsync(_heartbeatInterval, token).ConfigureAwait(false);
                var sinceStart = Stopwatch.GetElapsedTime(started);
                if (sinceStart < MinHeartbeatInterval)
                {
                    await Task.Delay(MinHeartbeatInterval - sinceStart, token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<ServerDescription> CheckAsync(CancellationToken token)
    {
        if (_resetRequested)
        {
            _resetRequested = false;
            _averageRoundTrip = null;
            await CloseConnectionAsync().ConfigureAwait(false);
        }

        try
        {
            if (_connection is null)
            {
                var connection = new Connection(_address, _connectionSettings, generation: 0);
                try
                {
                    var handshakeTime = await connection.OpenAsync(authenticate: false, token).ConfigureAwait(false);
                    _connection = connection;
                    return connection.Description! with { AverageRoundTripTime = Average(handshakeTime) };
                }
                catch (MongoIncompatibleDriverException incompatible) when (connection.Description is { } known)
                {
                    // The server is reachable but unusable: report its type and versions, so selection fails fast.
                    await connection.DisposeAsync().ConfigureAwait(false);
                    return known with { Error = incompatible, AverageRoundTripTime = null };
                }
                catch
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            }

            var (reply, roundTripTime) = await _connection.CheckAsync(token).ConfigureAwait(false);
            var description = ServerDescription.FromHello(_address, reply, Average(roundTripTime));
            if (description.CompatibilityError is { } incompatibility)
            {
                return description with { Error = new MongoIncompatibleDriverException(incompatibility) };
            }

            return description;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return Description;
        }
#pragma warning disable CA1031 // Any failure of a check makes the server Unknown with that error.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            DriverLogMessages.ServerCheckFailed(_events.ServerSelectionLogger, _address, exception.Message);
            _averageRoundTrip = null;
            await CloseConnectionAsync().ConfigureAwait(false);
            return ServerDescription.Unknown(_address, exception);
        }
    }

    private TimeSpan Average(TimeSpan sample)
    {
        _averageRoundTrip = _averageRoundTrip is { } previous
            ? TimeSpan.FromTicks((long)((RoundTripAlpha * sample.Ticks) + ((1 - RoundTripAlpha) * previous.Ticks)))
            : sample;
        return _averageRoundTrip.Value;
    }

    private async Task CloseConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
