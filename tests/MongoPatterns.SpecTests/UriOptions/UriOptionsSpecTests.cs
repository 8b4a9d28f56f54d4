using MongoPatterns.SpecTests.ConnectionString;
using MongoPatterns.SpecTests.Support;
using Xunit.Abstractions;

namespace MongoPatterns.SpecTests.UriOptions;

/// <summary>The URI Options specification tests (<c>uri-options/*.json</c>), one test per JSON case.</summary>
[Trait("Spec", "uri-options")]
public sealed class UriOptionsSpecTests(ITestOutputHelper output)
{
    private const string Suite = "uri-options";

    /// <summary>Gets one data row per JSON test case.</summary>
    public static IEnumerable<object[]> Cases => SpecFiles.Cases(Suite);

    [SpecTheory]
    [MemberData(nameof(Cases))]
    public void Run(SpecCase testCase) => ConnectionStringSpecRunner.Run(testCase);

    [Fact]
    public void SpecFolder_IsReadOrReportedMissing() =>
        output.WriteLine(SpecDirectory.TryGet(Suite, out var path) ? $"spec tests read from {path}" : SpecDirectory.MissingMessage(Suite));
}
