using System.Globalization;
using System.Security.Cryptography;

namespace MongoPatterns.Embedded;

/// <summary>
/// A test fixture that owns one <see cref="EmbeddedMongo"/> server: use it as an xunit class or collection fixture (it
/// only needs a public parameterless constructor and <see cref="IDisposable"/>), and give each test its own database
/// with <see cref="CreateDatabaseName"/>.
/// </summary>
public class EmbeddedMongoFixture : IDisposable
{
    private int _counter;

    /// <summary>Starts a server with default options.</summary>
    public EmbeddedMongoFixture()
        : this(new EmbeddedMongoOptions())
    {
    }

    /// <summary>Starts a server with the given options.</summary>
    /// <param name="options">The options.</param>
    protected EmbeddedMongoFixture(EmbeddedMongoOptions options)
    {
        Server = EmbeddedMongo.Start(options);
    }

    /// <summary>Gets the server.</summary>
    public EmbeddedMongo Server { get; }

    /// <summary>Gets the server's connection string.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>Creates a database name no other test uses: <c>&lt;prefix&gt;_&lt;n&gt;_&lt;random&gt;</c>.</summary>
    /// <param name="prefix">A readable prefix (default <c>test</c>).</param>
    /// <returns>The name.</returns>
    public string CreateDatabaseName(string prefix = "test")
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var number = Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        var random = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        var name = $"{prefix}_{number}_{random}";
        return name.Length <= 63 ? name : name[^63..];
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Server.Dispose();
        }
    }
}
