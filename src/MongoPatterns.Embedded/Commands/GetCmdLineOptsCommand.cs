using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>getCmdLineOpts</c>: the options the server was started with.</summary>
internal sealed class GetCmdLineOptsCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["getCmdLineOpts"];

    /// <inheritdoc />
    public override bool AdminOnly => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Services.Options;
        var hostAndPort = context.Services.HostAndPort;
        var port = int.Parse(hostAndPort[(hostAndPort.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var argv = new BsonArray { "mongod", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind_ip", options.BindAddress };
        var net = new BsonDocument { { "bindIp", options.BindAddress }, { "port", port } };
        var parsed = new BsonDocument { { "net", net }, { "storage", new BsonDocument("engine", "ephemeralForTest") } };
        if (options.ReplicaSetName is { } setName)
        {
            argv.Add("--replSet");
            argv.Add(setName);
            parsed.Add("replication", new BsonDocument("replSet", setName));
        }

        if (context.Services.AuthEnabled)
        {
            argv.Add("--auth");
            parsed.Add("security", new BsonDocument("authorization", "enabled"));
        }

        return Replies.Ok(new BsonDocument { { "argv", argv }, { "parsed", parsed } });
    }
}
