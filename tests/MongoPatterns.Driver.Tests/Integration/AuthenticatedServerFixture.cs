using MongoPatterns.Embedded;

namespace MongoPatterns.Driver.Tests.Integration;

/// <summary>An embedded server that requires authentication, with one user in <c>admin</c> and one in <c>app</c>.</summary>
public sealed class AuthenticatedServerFixture : EmbeddedMongoFixture
{
    /// <summary>The password of both users.</summary>
    public const string Password = "s3cr3t-p@ss";

    /// <summary>Starts the server.</summary>
    public AuthenticatedServerFixture()
        : base(new EmbeddedMongoOptions { Users = [new EmbeddedMongoUser("admin-user", Password), new EmbeddedMongoUser("app-user", Password, "app")] })
    {
    }

    /// <summary>Builds a connection string with a credential.</summary>
    public string ConnectionStringFor(string user, string password, string options = "") =>
        $"mongodb://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@127.0.0.1:{Server.Port}/{(options.Length > 0 ? "?" + options : string.Empty)}";
}
