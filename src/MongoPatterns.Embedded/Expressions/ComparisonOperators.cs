using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Comparison operators (<c>$eq</c>, <c>$ne</c>, <c>$gt</c>, <c>$gte</c>, <c>$lt</c>, <c>$lte</c>, <c>$cmp</c>) using BSON order across types.</summary>
internal static class ComparisonOperators
{
    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Fixed("$eq", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) == 0));
        table.Fixed("$ne", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) != 0));
        table.Fixed("$gt", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) > 0));
        table.Fixed("$gte", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) >= 0));
        table.Fixed("$lt", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) < 0));
        table.Fixed("$lte", 2, static (args, _) => BsonBoolean.Create(ExpressionValues.Compare(args[0], args[1]) <= 0));
        table.Fixed("$cmp", 2, static (args, _) => BsonInt32.Create(Math.Sign(ExpressionValues.Compare(args[0], args[1]))));
    }
}
