using MongoPatterns.SpecTests.Support;
using Xunit.Abstractions;

namespace MongoPatterns.SpecTests.ConnectionString;

/// <summary>The Connection String specification tests (<c>connection-string/*.json</c>), one test per JSON case.</summary>
[Trait("Spec", "connection-string")]
public sealed class ConnectionStringSpecTests(ITestOutputHelper output)
{
    private const string Suite = "connection-string";

    /// <summary>Gets one data row per JSON test case.</summary>
    public static IEnumerable<object[]> Cases => SpecFiles.Cases(Suite);

    [SpecTheory]
    [MemberData(nameof(Cases))]
    public void Run(SpecCase testCase) => ConnectionStringSpecRunner.Run(testCase);

    [Fact]
    public void SpecFolder_IsReadOrReportedMissing() =>
        output.WriteLine(SpecDirectory.TryGet(Suite, out var path) ? $"spec tests read from {path}" : SpecDirectory.MissingMessage(Suite));
}
