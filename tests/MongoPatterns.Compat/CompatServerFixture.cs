namespace MongoPatterns.Compat;

/// <summary>
/// The mongopatterns-server shared by the client suites, started on first use. Setting <c>MONGOPATTERNS_COMPAT_URI</c>
/// points the suites at an already running server (for example a real mongod) instead of starting one.
/// </summary>
public sealed class CompatServerFixture() : LazyServerFixture(ExternalUriVariable, [])
{
    /// <summary>The environment variable naming an external server to test instead of starting mongopatterns-server.</summary>
    public const string ExternalUriVariable = "MONGOPATTERNS_COMPAT_URI";
}
