using System.Globalization;
using MongoPatterns.Embedded;

namespace MongoPatterns.Server;

/// <summary>The parsed command line of mongopatterns-server.</summary>
internal sealed class ServerCommandLine
{
    /// <summary>The usage text printed by <c>--help</c>.</summary>
    public const string Usage = """
        Usage: mongopatterns-server [options]

        Runs the MongoPatterns embedded MongoDB-compatible server (in memory) until Ctrl+C, SIGTERM, or the end of a
        piped standard input.

        Options:
          --port <n>             TCP port (default 27017; 0 picks a free port)
          --bind <address>       address to listen on (default 127.0.0.1; e.g. 0.0.0.0, ::1, localhost)
          --auth <user:password> require authentication and add a user (repeatable; SCRAM-SHA-256/SHA-1, db admin)
          --replSet <name>       run as the single member (primary) of a replica set with that name: transactions
                                 and retryable writes; connect with mongodb://host:port/?replicaSet=<name>
          --help                 show this help
        """;

    /// <summary>Gets the port.</summary>
    public int Port { get; private init; } = 27017;

    /// <summary>Gets the bind address.</summary>
    public string Bind { get; private init; } = "127.0.0.1";

    /// <summary>Gets the users.</summary>
    public IReadOnlyList<EmbeddedMongoUser> Users { get; private init; } = [];

    /// <summary>Gets the replica set name.</summary>
    public string? ReplicaSetName { get; private init; }

    /// <summary>Gets a value indicating whether help was asked for.</summary>
    public bool ShowHelp { get; private init; }

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The command line.</returns>
    /// <exception cref="FormatException">An argument is invalid.</exception>
    public static ServerCommandLine Parse(IReadOnlyList<string> args)
    {
        var port = 27017;
        var bind = "127.0.0.1";
        var users = new List<EmbeddedMongoUser>();
        string? replicaSet = null;
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new FormatException($"{argument} needs a value.");
                }

                return args[++i];
            }

            switch (argument)
            {
                case "--help" or "-h" or "-?":
                    return new ServerCommandLine { ShowHelp = true };
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        throw new FormatException($"--port must be a number between 0 and 65535, got '{text}'.");
                    }

                    break;
                case "--bind" or "--bind_ip":
                    bind = Value();
                    break;
                case "--auth":
                    var credential = Value();
                    var colon = credential.IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0)
                    {
                        throw new FormatException($"--auth expects user:password, got '{credential}'.");
                    }

                    users.Add(new EmbeddedMongoUser(credential[..colon], credential[(colon + 1)..]));
                    break;
                case "--replSet":
                    replicaSet = Value();
                    break;
                default:
                    throw new FormatException($"Unknown option '{argument}'. Run with --help for the options.");
            }
        }

        return new ServerCommandLine { Port = port, Bind = bind, Users = users, ReplicaSetName = replicaSet };
    }
}
