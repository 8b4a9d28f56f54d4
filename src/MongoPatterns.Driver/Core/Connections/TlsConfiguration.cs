using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MongoPatterns.Driver.Core.Connections;

/// <summary>
/// The TLS part of the settings, prepared once per client: the trusted CA certificates (<c>tlsCAFile</c>), the client
/// certificate (<c>tlsCertificateKeyFile</c>, PEM with the key) and the validation rules
/// (<c>tlsAllowInvalidCertificates</c>, <c>tlsAllowInvalidHostnames</c>, <c>tlsInsecure</c>, revocation options).
/// </summary>
internal sealed class TlsConfiguration
{
    private readonly X509Certificate2Collection? _trustedAuthorities;
    private readonly X509Certificate2Collection? _clientCertificates;
    private readonly bool _allowInvalidCertificates;
    private readonly bool _allowInvalidHostnames;
    private readonly X509RevocationMode _revocationMode;

    private TlsConfiguration(MongoClientSettings settings)
    {
        _allowInvalidCertificates = settings.TlsAllowInvalidCertificates || settings.TlsInsecure;
        _allowInvalidHostnames = settings.TlsAllowInvalidHostnames || settings.TlsInsecure;
        _revocationMode = _allowInvalidCertificates || settings.TlsDisableCertificateRevocationCheck
            ? X509RevocationMode.NoCheck
            : settings.TlsDisableOcspEndpointCheck ? X509RevocationMode.Offline : X509RevocationMode.Online;

        if (settings.TlsCAFile is { } caFile)
        {
            _trustedAuthorities = new X509Certificate2Collection();
            try
            {
                _trustedAuthorities.ImportFromPemFile(caFile);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                throw new MongoConfigurationException($"The tlsCAFile '{caFile}' could not be read as PEM certificates: {exception.Message}", exception);
            }

            if (_trustedAuthorities.Count == 0)
            {
                throw new MongoConfigurationException($"The tlsCAFile '{caFile}' contains no PEM certificate.");
            }
        }

        if (settings.TlsCertificateKeyFile is { } keyFile)
        {
            _clientCertificates = [LoadClientCertificate(keyFile, settings.TlsCertificateKeyFilePassword)];
        }
    }

    /// <summary>Gets whether a client certificate is configured.</summary>
    public bool HasClientCertificate => _clientCertificates is not null;

    /// <summary>Prepares the TLS configuration, or returns <see langword="null"/> when TLS is off.</summary>
    /// <exception cref="MongoConfigurationException">A certificate file cannot be read.</exception>
    public static TlsConfiguration? Create(MongoClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.UseTls ? new TlsConfiguration(settings) : null;
    }

    /// <summary>Creates the options for one TLS handshake.</summary>
    /// <param name="targetHost">The host name the server certificate must be issued to.</param>
    public SslClientAuthenticationOptions CreateOptions(string targetHost) => new()
    {
        TargetHost = targetHost,
        ClientCertificates = _clientCertificates,
        EnabledSslProtocols = SslProtocols.None,
        CertificateRevocationCheckMode = _revocationMode,
        RemoteCertificateValidationCallback = Validate,
    };

    /// <summary>Decides whether to accept the server certificate.</summary>
    internal bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_allowInvalidCertificates && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0)
        {
            return _allowInvalidHostnames || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0;
        }

        if (_allowInvalidHostnames)
        {
            errors &= ~SslPolicyErrors.RemoteCertificateNameMismatch;
        }

        if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0 && certificate is not null)
        {
            if (_trustedAuthorities is not null ? ChainsToTrustedAuthority(certificate) : OnlySoftRevocationFailures(chain))
            {
                errors &= ~SslPolicyErrors.RemoteCertificateChainErrors;
            }
        }

        return errors == SslPolicyErrors.None;
    }

    private static bool OnlySoftRevocationFailures(X509Chain? chain) =>
        chain is not null
        && chain.ChainStatus.Length > 0
        && chain.ChainStatus.All(status => status.Status is X509ChainStatusFlags.NoError or X509ChainStatusFlags.RevocationStatusUnknown or X509ChainStatusFlags.OfflineRevocation);

    private bool ChainsToTrustedAuthority(X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trustedAuthorities!);
        chain.ChainPolicy.RevocationMode = _revocationMode;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreCertificateAuthorityRevocationUnknown | X509VerificationFlags.IgnoreEndRevocationUnknown;
        using var serverCertificate = new X509Certificate2(certificate);
        return chain.Build(serverCertificate) || OnlySoftRevocationFailures(chain);
    }

    private static X509Certificate2 LoadClientCertificate(string path, string? password)
    {
        try
        {
            var certificate = password is null
                ? X509Certificate2.CreateFromPemFile(path, path)
                : X509Certificate2.CreateFromEncryptedPemFile(path, password, path);
            if (!OperatingSystem.IsWindows())
            {
                return certificate;
            }

            // SChannel needs the key in a persisted form; a PKCS#12 round trip gives it one.
            using (certificate)
            {
#if NET9_0_OR_GREATER
                return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
#else
                return new X509Certificate2(certificate.Export(X509ContentType.Pkcs12));
#endif
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            throw new MongoConfigurationException(
                $"The tlsCertificateKeyFile '{path}' could not be loaded: {exception.Message}. It must be a PEM file holding the client certificate and its private key"
                + (password is null ? "; if the key is encrypted, set tlsCertificateKeyFilePassword." : "."),
                exception);
        }
    }
}
