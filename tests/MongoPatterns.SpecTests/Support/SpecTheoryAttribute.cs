using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Support;

/// <summary>
/// A theory over spec test cases whose data rows may be skipped one by one: a row whose first argument is a
/// <see cref="SpecCase"/> with a <see cref="SpecCase.SkipReason"/> is reported as Skipped with that reason
/// (xunit 2 has no dynamic skip, so <see cref="SpecTheoryDiscoverer"/> decides at discovery time).
/// </summary>
[XunitTestCaseDiscoverer("MongoPatterns.SpecTests.Support.SpecTheoryDiscoverer", "MongoPatterns.SpecTests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SpecTheoryAttribute : TheoryAttribute
{
}
