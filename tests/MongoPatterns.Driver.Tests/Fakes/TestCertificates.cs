using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>A throw-away certificate authority with a server certificate for 127.0.0.1, one for another host name, and a client certificate, written to PEM files.</summary>
public sealed class TestCertificates : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mp-tls-" + Guid.NewGuid().ToString("N"));

    public TestCertificates()
    {
        Directory.CreateDirectory(_directory);
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=MongoPatterns Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Authority = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        AuthorityFile = Path.Combine(_directory, "ca.pem");
        File.WriteAllText(AuthorityFile, Authority.ExportCertificatePem());

        LocalServer = Issue("CN=127.0.0.1", serverAuth: true, names => names.AddIpAddress(IPAddress.Loopback));
        OtherHostServer = Issue("CN=db.internal", serverAuth: true, names => names.AddDnsName("db.internal"));
        using var client = Issue("CN=app-client,O=MongoPatterns", serverAuth: false, _ => { });
        ClientFile = Path.Combine(_directory, "client.pem");
        using var clientKey = client.GetRSAPrivateKey()!;
        File.WriteAllText(ClientFile, client.ExportCertificatePem() + "\n" + clientKey.ExportPkcs8PrivateKeyPem());
    }

    public X509Certificate2 Authority { get; }

    public string AuthorityFile { get; }

    public X509Certificate2 LocalServer { get; }

    public X509Certificate2 OtherHostServer { get; }

    public string ClientFile { get; }

    public void Dispose()
    {
        Authority.Dispose();
        LocalServer.Dispose();
        OtherHostServer.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private X509Certificate2 Issue(string subject, bool serverAuth, Action<SubjectAlternativeNameBuilder> names)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        var alternativeNames = new SubjectAlternativeNameBuilder();
        names(alternativeNames);
        request.CertificateExtensions.Add(alternativeNames.Build());
        using var issued = request.Create(Authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
