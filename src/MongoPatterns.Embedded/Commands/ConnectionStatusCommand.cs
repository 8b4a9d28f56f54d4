using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>connectionStatus</c>: who the connection is authenticated as.</summary>
internal sealed class ConnectionStatusCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["connectionStatus"];

    /// <inheritdoc />
    public override bool RequiresAuthentication => false;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var users = new BsonArray();
        var roles = new BsonArray();
        var user = context.Connection.AuthenticatedUser;
        if (user is not null)
        {
            users.Add(new BsonDocument { { "user", user.Username }, { "db", user.Database } });
            roles.Add(new BsonDocument { { "role", "root" }, { "db", "admin" } });
        }

        var authInfo = new BsonDocument { { "authenticatedUsers", users }, { "authenticatedUserRoles", roles } };
        if (context.Command.TryGetValue("showPrivileges", out var show) && show.ToBoolean())
        {
            var privileges = new BsonArray();
            if (user is not null || !context.Services.AuthEnabled)
            {
                privileges.Add(new BsonDocument
                {
                    { "resource", new BsonDocument("anyResource", true) },
                    { "actions", new BsonArray { "anyAction" } },
                });
            }

            authInfo.Add("authenticatedUserPrivileges", privileges);
        }

        return Replies.Ok(new BsonDocument("authInfo", authInfo));
    }
}
