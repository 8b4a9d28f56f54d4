using System.Text.Json;
using MongoPatterns.Driver;
using MongoPatterns.Driver.Exceptions;
using MongoPatterns.SpecTests.Support;

namespace MongoPatterns.SpecTests.ConnectionString;

/// <summary>
/// Runs one test of the Connection String or URI Options format: parse the URI, then check validity, warnings,
/// hosts, auth and the listed options as the suites' READMEs describe (a null field is not checked; only the options
/// listed are compared, by case-insensitive name).
/// </summary>
internal static class ConnectionStringSpecRunner
{
    public static void Run(SpecCase testCase)
    {
        var test = SpecFiles.Test(testCase);
        var uri = test.GetProperty("uri").GetString()!;

        if (!test.GetProperty("valid").GetBoolean())
        {
            var exception = Record.Exception(() => MongoClientSettings.Parse(uri));
            Assert.True(exception is MongoConfigurationException, $"Expected MongoConfigurationException for '{uri}', got {exception?.GetType().Name ?? "no exception"}.");
            Assert.False(MongoClientSettings.TryParse(uri, out _, out var error));
            Assert.False(string.IsNullOrEmpty(error));
            return;
        }

        var settings = MongoClientSettings.Parse(uri);
        if (test.TryGetProperty("warning", out var warning) && warning.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            if (warning.GetBoolean())
            {
                Assert.True(settings.Warnings.Count > 0, $"Expected a warning for '{uri}'.");
            }
            else
            {
                Assert.True(settings.Warnings.Count == 0, $"Expected no warning for '{uri}', got: {string.Join(" | ", settings.Warnings)}");
            }
        }

        if (test.GetProperty("hosts") is { ValueKind: JsonValueKind.Array } hosts)
        {
            CheckHosts(hosts, settings);
        }

        if (test.GetProperty("auth") is { ValueKind: JsonValueKind.Object } auth)
        {
            Assert.Equal(NullableString(auth, "username"), settings.Credential?.Username);
            Assert.Equal(NullableString(auth, "password"), settings.Credential?.Password);
            Assert.Equal(NullableString(auth, "db"), settings.DatabaseName);
        }

        if (test.GetProperty("options") is { ValueKind: JsonValueKind.Object } options)
        {
            foreach (var option in options.EnumerateObject())
            {
                var name = option.Name.ToLowerInvariant();
                Assert.True(SettingsOptionReader.TryRead(settings, name, out var actual), $"The runner cannot read option '{option.Name}'.");
                Assert.True(
                    CanonicalJson.Equal(option.Value, actual),
                    $"Option '{option.Name}': expected {CanonicalJson.Write(option.Value)}, got {CanonicalJson.Write(actual)}.");
            }
        }
    }

    private static void CheckHosts(JsonElement expected, MongoClientSettings settings)
    {
        Assert.Equal(expected.GetArrayLength(), settings.Hosts.Count);
        for (var i = 0; i < settings.Hosts.Count; i++)
        {
            var host = settings.Hosts[i];
            var expectedHost = expected[i];
            Assert.Equal(expectedHost.GetProperty("host").GetString(), host.Host);
            if (expectedHost.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(type.GetString(), HostTypeName(host.HostType));
            }

            if (expectedHost.TryGetProperty("port", out var port) && port.ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(port.GetInt32(), host.Port);
            }
        }
    }

    private static string HostTypeName(MongoHostType type) => type switch
    {
        MongoHostType.IPv4 => "ipv4",
        MongoHostType.IPLiteral => "ip_literal",
        MongoHostType.UnixDomainSocket => "unix",
        _ => "hostname",
    };

    private static string? NullableString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
