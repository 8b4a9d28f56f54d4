using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// Builds the starting document of an upsert from the query's equality conditions (<c>{a: 1}</c>, <c>{a: {$eq: 1}}</c>,
/// a one-element <c>$in</c>, inside top-level <c>$and</c> and one-clause <c>$or</c>), fields in path order.
/// </summary>
internal static class UpsertSeedBuilder
{
    /// <summary>Builds the seed document.</summary>
    /// <param name="query">The update's query.</param>
    /// <param name="idOnly">Whether only <c>_id</c> is taken (replacement upserts).</param>
    /// <returns>The seed (values are copies).</returns>
    public static BsonDocument Build(BsonDocument query, bool idOnly)
    {
        var equalities = new SortedDictionary<string, BsonValue>(StringComparer.Ordinal);
        Collect(query, equalities);
        var seed = new BsonDocument();
        foreach (var (path, value) in equalities)
        {
            if (idOnly && path != "_id")
            {
                continue;
            }

            SetPath(seed, path.Split('.'), value.DeepClone());
        }

        return seed;
    }

    private static void Collect(BsonDocument query, SortedDictionary<string, BsonValue> equalities)
    {
        foreach (var element in query)
        {
            switch (element.Name)
            {
                case "$and":
                    if (element.Value is BsonArray clauses)
                    {
                        foreach (var clause in clauses)
                        {
                            if (clause is BsonDocument document)
                            {
                                Collect(document, equalities);
                            }
                        }
                    }

                    continue;
                case "$or":
                    if (element.Value is BsonArray { Count: 1 } single && single[0] is BsonDocument only)
                    {
                        Collect(only, equalities);
                    }

                    continue;
            }

            if (element.Name.StartsWith('$') || element.Name.Split('.').Any(part => part.StartsWith('$')))
            {
                continue;
            }

            var value = element.Value;
            if (FilterParser.IsOperatorDocument(value))
            {
                var operators = (BsonDocument)value;
                if (operators.TryGetValue("$eq", out var equal))
                {
                    Add(equalities, element.Name, equal);
                }
                else if (operators.TryGetValue("$in", out var inList) && inList is BsonArray { Count: 1 } one && one[0] is not BsonRegularExpression)
                {
                    Add(equalities, element.Name, one[0]);
                }

                continue;
            }

            if (value is not BsonRegularExpression)
            {
                Add(equalities, element.Name, value);
            }
        }
    }

    private static void Add(SortedDictionary<string, BsonValue> equalities, string path, BsonValue value)
    {
        foreach (var existing in equalities.Keys)
        {
            if (existing == path)
            {
                throw new MongoServerException(ErrorCodes.NotSingleValueField, $"cannot infer query fields to set, path '{path}' is matched twice");
            }

            if (path.StartsWith(existing + ".", StringComparison.Ordinal) || existing.StartsWith(path + ".", StringComparison.Ordinal))
            {
                var (shorter, longer) = existing.Length < path.Length ? (existing, path) : (path, existing);
                throw new MongoServerException(ErrorCodes.NotSingleValueField, $"cannot infer query fields to set, both paths '{shorter}' and '{longer}' are matched");
            }
        }

        equalities[path] = value;
    }

    private static void SetPath(BsonDocument document, string[] parts, BsonValue value)
    {
        var current = document;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!current.TryGetValue(parts[i], out var next) || next is not BsonDocument nested)
            {
                nested = new BsonDocument();
                current.Set(parts[i], nested);
            }

            current = nested;
        }

        current.Set(parts[^1], value);
    }
}
