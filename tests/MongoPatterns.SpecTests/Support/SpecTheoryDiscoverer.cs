using Xunit.Abstractions;
using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// Discovers <see cref="SpecTheoryAttribute"/> theories: like xunit's theory discoverer, except that a data row
/// whose first argument is a <see cref="SpecCase"/> with a skip reason becomes a skipped test case carrying that reason.
/// </summary>
public sealed class SpecTheoryDiscoverer : TheoryDiscoverer
{
    /// <summary>Initializes the discoverer; called by xunit.</summary>
    /// <param name="diagnosticMessageSink">Where xunit's diagnostic messages go.</param>
    public SpecTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo theoryAttribute,
        object[] dataRow)
    {
        ArgumentNullException.ThrowIfNull(dataRow);
        return dataRow.Length > 0 && dataRow[0] is SpecCase { SkipReason: { } reason }
            ? CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, reason)
            : base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);
    }
}
