using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using MongoPatterns.Embedded;
using MongoPatterns.Server;

ServerCommandLine commandLine;
try
{
    commandLine = ServerCommandLine.Parse(args);
}
catch (FormatException exception)
{
    await Console.Error.WriteLineAsync("mongopatterns-server: " + exception.Message);
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(ServerCommandLine.Usage);
    return 0;
}

// Logs go to stderr so that stdout starts with the listening line (tools wait for it).
using var loggerFactory = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Information)
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        console.UseUtcTimestamp = true;
    })
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddFilter("Microsoft", LogLevel.Warning));

EmbeddedMongo server;
try
{
    server = EmbeddedMongo.Start(new EmbeddedMongoOptions
    {
        Port = commandLine.Port,
        BindAddress = commandLine.Bind,
        Users = commandLine.Users,
        ReplicaSetName = commandLine.ReplicaSetName,
        LoggerFactory = loggerFactory,
    });
}
catch (Exception exception) when (exception is ArgumentException or System.Net.Sockets.SocketException)
{
    await Console.Error.WriteLineAsync("mongopatterns-server: cannot start: " + exception.Message);
    return 1;
}

await using (server)
{
    var host = commandLine.Bind.Contains(':', StringComparison.Ordinal) && !commandLine.Bind.StartsWith('[') ? "[" + commandLine.Bind + "]" : commandLine.Bind;
    var replicaSet = commandLine.ReplicaSetName is { } setName ? "?replicaSet=" + Uri.EscapeDataString(setName) : string.Empty;
    Console.Out.Write($"mongopatterns-server listening on mongodb://{host}:{server.Port}/{replicaSet}\n");
    await Console.Out.FlushAsync();

    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });
    if (StandardInput.IsPipe())
    {
        _ = Task.Run(async () =>
        {
            var input = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (await input.ReadAsync(buffer) > 0)
            {
            }

            await stop.CancelAsync();
        });
    }

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // Stop requested.
    }

    await Console.Error.WriteLineAsync("mongopatterns-server: shutting down");
}

return 0;
