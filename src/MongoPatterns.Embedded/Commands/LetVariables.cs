using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary>
/// Evaluates a command's <c>let</c> document once, as MongoDB does: each value is an aggregation expression over an
/// empty document (<c>{ x: { $add: [1, 2] } }</c> defines <c>$$x = 3</c>). The aggregation engine does the evaluation,
/// so find, update, delete and aggregate agree on the values.
/// </summary>
internal static class LetVariables
{
    /// <summary>Evaluates the variables.</summary>
    /// <param name="let">The let document, or null.</param>
    /// <param name="now">The value of <c>$$NOW</c>.</param>
    /// <returns>The evaluated variables, or null when there are none.</returns>
    /// <exception cref="MongoServerException">A name or an expression is invalid.</exception>
    public static BsonDocument? Evaluate(BsonDocument? let, DateTime now) =>
        let is null || let.ElementCount == 0 ? let : AggregationPipeline.EvaluateLetVariables(let, now);
}
