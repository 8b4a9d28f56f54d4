using MongoPatterns.SpecTests.Support;
using Xunit.Abstractions;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// The CRUD specification's unified-format tests (<c>crud/unified/*.json</c>), one test case per JSON test, run
/// through the driver against the embedded server. Cases are skipped only for unmet <c>runOnRequirements</c> or a
/// feature listed in <see cref="SpecSkips"/>.
/// </summary>
[Trait("Spec", "crud-unified")]
public sealed class CrudUnifiedSpecTests(UnifiedServerFixture fixture, ITestOutputHelper output) : IClassFixture<UnifiedServerFixture>
{
    private const string Suite = "crud/unified";

    /// <summary>Gets one data row per JSON test.</summary>
    public static IEnumerable<object[]> Cases => UnifiedTestCases.Cases(Suite);

    [SpecTheory]
    [MemberData(nameof(Cases))]
    public Task Run(SpecCase testCase) => UnifiedTestRunner.RunAsync(testCase, fixture, output);

    [Fact]
    public void SpecFolder_IsReadOrReportedMissing() =>
        output.WriteLine(SpecDirectory.TryGet(Suite, out var path) ? $"spec tests read from {path}" : SpecDirectory.MissingMessage(Suite));
}
