namespace MongoPatterns.Driver;

/// <summary>
/// The per-mechanism rules of the Driver Authentication specification: which of user name, password, source and
/// mechanism properties each mechanism requires or forbids.
/// </summary>
internal static class CredentialRules
{
    private static readonly string[] GssapiProperties = ["SERVICE_NAME", "CANONICALIZE_HOST_NAME", "SERVICE_REALM", "SERVICE_HOST"];
    private static readonly string[] AwsProperties = ["AWS_SESSION_TOKEN"];
    private static readonly string[] OidcProperties = ["ENVIRONMENT", "TOKEN_RESOURCE"];
    private static readonly string[] CanonicalizeHostNameValues = ["none", "forward", "forwardAndReverse", "true", "false"];
    private static readonly string[] OidcEnvironments = ["test", "azure", "gcp", "k8s"];

    /// <summary>Checks a credential; returns what is wrong with it, or <see langword="null"/> when it is valid.</summary>
    /// <remarks>The message never contains the password or a secret property value.</remarks>
    public static string? Validate(MongoCredential credential)
    {
        var mechanism = credential.Mechanism;
        if (mechanism is not null)
        {
            var canonical = AuthenticationMechanismNames.Canonicalize(mechanism);
            if (canonical is null or AuthenticationMechanismNames.Default)
            {
                return $"Authentication mechanism '{mechanism}' is not supported; use one of SCRAM-SHA-256, SCRAM-SHA-1, MONGODB-X509, PLAIN, GSSAPI, MONGODB-AWS or MONGODB-OIDC, or null to negotiate.";
            }

            if (!string.Equals(mechanism, canonical, StringComparison.Ordinal))
            {
                return $"Authentication mechanism '{mechanism}' must be spelled '{canonical}'.";
            }
        }

        if (credential.Source is { Length: 0 })
        {
            return "The authentication source (authSource) must not be empty.";
        }

        var name = mechanism ?? "the default authentication mechanism";
        return mechanism switch
        {
            null or AuthenticationMechanismNames.ScramSha1 or AuthenticationMechanismNames.ScramSha256 or AuthenticationMechanismNames.Plain =>
                ValidatePasswordMechanism(credential, name, passwordRequired: mechanism is not null),
            AuthenticationMechanismNames.MongoDBX509 =>
                credential.Password is not null ? "MONGODB-X509 does not use a password; remove it from the credential."
                : ValidateExternalSource(credential, name) ?? ValidateNoProperties(credential, name),
            AuthenticationMechanismNames.Gssapi =>
                string.IsNullOrEmpty(credential.Username) ? "GSSAPI requires a user name (the Kerberos principal)."
                : ValidateExternalSource(credential, name) ?? ValidateGssapiProperties(credential),
            AuthenticationMechanismNames.MongoDBAws => ValidateAws(credential),
            AuthenticationMechanismNames.MongoDBOidc => ValidateOidc(credential),
            _ => $"Authentication mechanism '{mechanism}' is not supported.",
        };
    }

    private static string? ValidatePasswordMechanism(MongoCredential credential, string name, bool passwordRequired)
    {
        if (string.IsNullOrEmpty(credential.Username))
        {
            return $"{Capitalize(name)} requires a non-empty user name.";
        }

        if (passwordRequired && credential.Password is null)
        {
            return $"{name} requires a password.";
        }

        return ValidateNoProperties(credential, name);
    }

    private static string? ValidateAws(MongoCredential credential)
    {
        var hasUser = credential.Username is not null;
        var hasPassword = credential.Password is not null;
        if (hasUser != hasPassword)
        {
            return "MONGODB-AWS needs both an access key id (user name) and a secret access key (password), or neither.";
        }

        if (!hasUser && credential.MechanismProperties.ContainsKey("AWS_SESSION_TOKEN"))
        {
            return "MONGODB-AWS accepts AWS_SESSION_TOKEN only together with an access key id and a secret access key.";
        }

        return ValidateExternalSource(credential, AuthenticationMechanismNames.MongoDBAws)
            ?? ValidateAllowedProperties(credential, AuthenticationMechanismNames.MongoDBAws, AwsProperties);
    }

    private static string? ValidateOidc(MongoCredential credential)
    {
        const string Name = AuthenticationMechanismNames.MongoDBOidc;
        if (credential.Password is not null)
        {
            return "MONGODB-OIDC does not use a password; remove it from the credential.";
        }

        if ((ValidateExternalSource(credential, Name) ?? ValidateAllowedProperties(credential, Name, OidcProperties)) is { } error)
        {
            return error;
        }

        if (!credential.MechanismProperties.TryGetValue("ENVIRONMENT", out var environment))
        {
            // A callback configured in code supplies the token; whether one exists is checked when the client authenticates.
            return null;
        }

        if (Array.IndexOf(OidcEnvironments, environment) < 0)
        {
            return $"MONGODB-OIDC ENVIRONMENT '{environment}' is not supported; use one of test, azure, gcp or k8s.";
        }

        var hasTokenResource = credential.MechanismProperties.ContainsKey("TOKEN_RESOURCE");
        if (environment is "azure" or "gcp" && !hasTokenResource)
        {
            return $"MONGODB-OIDC with ENVIRONMENT:{environment} requires the TOKEN_RESOURCE property.";
        }

        if (environment is "test" or "k8s" && hasTokenResource)
        {
            return $"MONGODB-OIDC with ENVIRONMENT:{environment} does not accept the TOKEN_RESOURCE property.";
        }

        if (environment != "azure" && credential.Username is not null)
        {
            return $"MONGODB-OIDC with ENVIRONMENT:{environment} does not accept a user name.";
        }

        return null;
    }

    private static string? ValidateGssapiProperties(MongoCredential credential)
    {
        if (ValidateAllowedProperties(credential, AuthenticationMechanismNames.Gssapi, GssapiProperties) is { } error)
        {
            return error;
        }

        if (credential.MechanismProperties.TryGetValue("CANONICALIZE_HOST_NAME", out var value)
            && !CanonicalizeHostNameValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return $"GSSAPI CANONICALIZE_HOST_NAME '{value}' is not valid; use none, forward or forwardAndReverse.";
        }

        return null;
    }

    private static string? ValidateExternalSource(MongoCredential credential, string name) =>
        credential.Source is null or MongoCredential.ExternalSource
            ? null
            : $"{name} authenticates against the '$external' database; authSource '{credential.Source}' is not allowed.";

    private static string? ValidateNoProperties(MongoCredential credential, string name) =>
        credential.MechanismProperties.Count == 0
            ? null
            : $"{Capitalize(name)} does not accept mechanism properties (authMechanismProperties).";

    private static string? ValidateAllowedProperties(MongoCredential credential, string name, string[] allowed)
    {
        foreach (var key in credential.MechanismProperties.Keys)
        {
            if (!allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return $"{name} does not support the mechanism property '{key}'; supported: {string.Join(", ", allowed)}.";
            }
        }

        return null;
    }

    private static string Capitalize(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "The " + text[4..] : text;
}
