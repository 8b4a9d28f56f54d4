using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$sortByCount</c>: <c>{$group: {_id: expr, count: {$sum: 1}}}</c> then <c>{$sort: {count: -1}}</c>.</summary>
internal static class SortByCountStage
{
    /// <summary>Parses the stage.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The grouping expression.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        var isExpression = specification is BsonString text && text.Value.StartsWith('$')
            || specification is BsonDocument document && document.ElementCount == 1 && document.GetElement(0).Name.StartsWith('$');
        if (!isExpression)
        {
            ExpressionErrors.Throw(40148, "the sortByCount field must be defined as a $-prefixed path or an expression object");
        }

        var group = GroupStage.Parse("$group", new BsonDocument { { "_id", specification }, { "count", new BsonDocument("$sum", 1) } }, scope);
        var sort = SortStage.Parse("$sort", new BsonDocument("count", -1), scope);
        return new CompositeStage(name, group, sort);
    }
}
