using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>The state of one accumulator for one group (<c>$sum</c>, <c>$push</c>, ...).</summary>
internal abstract class Accumulator
{
    /// <summary>Adds a document of the group.</summary>
    /// <param name="context">An evaluation context bound to the document.</param>
    public abstract void Accumulate(EvaluationContext context);

    /// <summary>Gets the accumulated value.</summary>
    /// <returns>The result.</returns>
    public abstract BsonValue Finish();
}
