namespace MongoPatterns.Driver;

/// <summary>Options of <c>Find</c> (the fluent find); skip, limit, sort and projection are set on the fluent interface.</summary>
public sealed class FindOptions : FindOptionsBase
{
}
