using MongoPatterns.Bson;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// A prepared operation: its arguments are already read and checked, so what <see cref="RunAsync"/> throws comes from
/// the driver and can be matched against <c>expectError</c>.
/// </summary>
/// <param name="RunAsync">Runs the operation and returns its result as BSON (<see langword="null"/> for none).</param>
internal sealed record UnifiedInvocation(Func<Task<BsonValue?>> RunAsync)
{
    /// <summary>Gets whether the result is a list of root-level documents (find, aggregate).</summary>
    public bool ReturnsDocuments { get; init; }

    /// <summary>Gets how to read a partial result from the operation's error (bulk writes), if it can have one.</summary>
    public Func<Exception, BsonValue?>? PartialResult { get; init; }
}
