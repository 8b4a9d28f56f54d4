using System.Collections.ObjectModel;
using System.Text;

namespace MongoPatterns.Driver;

/// <summary>
/// Who the client authenticates as and how: user name, password, the database holding the user (the source), the
/// mechanism and its extra properties (Driver Authentication specification).
/// </summary>
/// <remarks>
/// Instances are immutable once created. <see cref="ToString"/> never shows the password or the
/// <c>AWS_SESSION_TOKEN</c> property.
/// </remarks>
public sealed class MongoCredential
{
    /// <summary>The text shown instead of a secret when a credential or connection string is printed.</summary>
    internal const string Redacted = "*****";

    /// <summary>The name of the database holding users that are defined outside MongoDB.</summary>
    internal const string ExternalSource = "$external";

    private static readonly IReadOnlyDictionary<string, string> NoProperties =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private readonly IReadOnlyDictionary<string, string> _mechanismProperties = NoProperties;

    /// <summary>Gets the user name, or <see langword="null"/> for mechanisms that can work without one (X.509, AWS, OIDC).</summary>
    public string? Username { get; init; }

    /// <summary>Gets the password, or <see langword="null"/> when none was given. Never printed.</summary>
    public string? Password { get; init; }

    /// <summary>
    /// Gets the database that holds the user. <see langword="null"/> means the mechanism's default: <c>$external</c>
    /// for MONGODB-X509, GSSAPI, MONGODB-AWS and MONGODB-OIDC; otherwise the connection string database, else
    /// <c>admin</c> (<c>$external</c> for PLAIN). A parsed connection string always fills this in.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>
    /// Gets the mechanism, one of <see cref="AuthenticationMechanismNames"/>; <see langword="null"/> (the default)
    /// negotiates SCRAM-SHA-256 or SCRAM-SHA-1 with the server.
    /// </summary>
    public string? Mechanism { get; init; }

    /// <summary>
    /// Gets the mechanism properties (e.g. <c>SERVICE_NAME</c> for GSSAPI, <c>ENVIRONMENT</c> for MONGODB-OIDC).
    /// Keys are matched case-insensitively. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> MechanismProperties
    {
        get => _mechanismProperties;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new Dictionary<string, string>(value.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var pair in value)
            {
                copy[pair.Key] = pair.Value;
            }

            _mechanismProperties = new ReadOnlyDictionary<string, string>(copy);
        }
    }

    /// <summary>Returns a description of the credential with the password and session token replaced by <c>*****</c>.</summary>
    /// <returns>A redacted description, safe to log.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("MongoCredential { Mechanism = ");
        text.Append(Mechanism ?? AuthenticationMechanismNames.Default)
            .Append(", Username = ").Append(Username ?? "(none)")
            .Append(", Source = ").Append(Source ?? "(default)")
            .Append(", Password = ").Append(Password is null ? "(none)" : Redacted);
        if (MechanismProperties.Count > 0)
        {
            text.Append(", MechanismProperties = {");
            var first = true;
            foreach (var (key, value) in MechanismProperties)
            {
                text.Append(first ? " " : ", ").Append(key).Append(':').Append(IsSecretProperty(key) ? Redacted : value);
                first = false;
            }

            text.Append(" }");
        }

        return text.Append(" }").ToString();
    }

    /// <summary>Whether a mechanism property holds a secret that must never be printed.</summary>
    internal static bool IsSecretProperty(string key) => string.Equals(key, "AWS_SESSION_TOKEN", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database authentication commands go to: <see cref="Source"/>, else the mechanism's default.</summary>
    /// <param name="databaseName">The database named in the connection string, if any.</param>
    internal string ResolveSource(string? databaseName) => Source ?? DefaultSource(Mechanism, databaseName);

    /// <summary>The source a mechanism uses when none is given (Driver Authentication specification).</summary>
    /// <param name="mechanism">The mechanism, or <see langword="null"/> for the default.</param>
    /// <param name="databaseName">The database named in the connection string, if any.</param>
    internal static string DefaultSource(string? mechanism, string? databaseName)
    {
        if (AuthenticationMechanismNames.RequiresExternalSource(mechanism))
        {
            return ExternalSource;
        }

        return databaseName ?? (mechanism == AuthenticationMechanismNames.Plain ? ExternalSource : "admin");
    }
}
