using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Definitions;

/// <summary>How rendered filters are combined (<c>$and</c> merging, <c>$or</c> flattening) and negated.</summary>
internal static class FilterRendering
{
    /// <summary>
    /// Combines clauses with AND: clauses on different fields merge into one document, operator documents on the same
    /// field merge when their operators differ, nested <c>$and</c>s are flattened; anything else becomes <c>$and</c>.
    /// </summary>
    public static BsonDocument And(IEnumerable<BsonDocument> clauses)
    {
        var flat = new List<BsonDocument>();
        foreach (var clause in clauses)
        {
            if (clause.ElementCount == 1 && clause.GetElement(0) is { Name: "$and", Value: BsonArray items })
            {
                flat.AddRange(items.OfType<BsonDocument>());
            }
            else if (clause.ElementCount > 0)
            {
                flat.Add(clause);
            }
        }

        var merged = new BsonDocument();
        foreach (var clause in flat)
        {
            foreach (var element in clause)
            {
                if (!TryMerge(merged, element))
                {
                    return new BsonDocument("$and", new BsonArray(flat));
                }
            }
        }

        return merged;
    }

    /// <summary>Combines clauses with OR, flattening nested <c>$or</c>s.</summary>
    public static BsonDocument Or(IEnumerable<BsonDocument> clauses)
    {
        var items = new BsonArray();
        foreach (var clause in clauses)
        {
            if (clause.ElementCount == 1 && clause.GetElement(0) is { Name: "$or", Value: BsonArray nested })
            {
                items.AddRange(nested);
            }
            else
            {
                items.Add(clause);
            }
        }

        return new BsonDocument("$or", items);
    }

    /// <summary>
    /// Negates a filter: a single field's condition becomes <c>$ne</c> (for a plain value) or <c>$not</c> (for operators
    /// or a regular expression); <c>$or</c> becomes <c>$nor</c>; anything else is wrapped in <c>$nor</c>.
    /// </summary>
    public static BsonDocument Not(BsonDocument filter)
    {
        if (filter.ElementCount == 1)
        {
            var element = filter.GetElement(0);
            if (element.Name == "$or")
            {
                return new BsonDocument("$nor", element.Value);
            }

            if (element.Name == "$nor")
            {
                return new BsonDocument("$or", element.Value);
            }

            if (!element.Name.StartsWith('$'))
            {
                return element.Value switch
                {
                    BsonDocument operators when IsOperatorDocument(operators) => NegateOperators(element.Name, operators),
                    BsonRegularExpression regex => new BsonDocument(element.Name, new BsonDocument("$not", regex)),
                    var value => new BsonDocument(element.Name, new BsonDocument("$ne", value)),
                };
            }
        }

        return new BsonDocument("$nor", new BsonArray { filter });
    }

    /// <summary>Whether a document's first field is an operator (<c>$gt</c>, ...), i.e. it is a condition, not a value.</summary>
    public static bool IsOperatorDocument(BsonDocument document) =>
        document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$');

    private static BsonDocument NegateOperators(string field, BsonDocument operators)
    {
        if (operators.ElementCount == 1)
        {
            var op = operators.GetElement(0);
            var inverse = op.Name switch
            {
                "$eq" => "$ne",
                "$ne" => "$eq",
                "$in" => "$nin",
                "$nin" => "$in",
                _ => null,
            };
            if (inverse is not null)
            {
                return new BsonDocument(field, new BsonDocument(inverse, op.Value));
            }

            if (op.Name == "$not")
            {
                return new BsonDocument(field, op.Value);
            }
        }

        return new BsonDocument(field, new BsonDocument("$not", operators));
    }

    private static bool TryMerge(BsonDocument merged, BsonElement element)
    {
        if (element.Name.StartsWith('$'))
        {
            if (merged.Contains(element.Name))
            {
                return false;
            }

            merged.Add(element);
            return true;
        }

        if (!merged.TryGetValue(element.Name, out var existing))
        {
            merged.Add(element);
            return true;
        }

        if (existing is BsonDocument left && element.Value is BsonDocument right && IsOperatorDocument(left) && IsOperatorDocument(right)
            && !right.Names.Any(left.Contains))
        {
            var combined = new BsonDocument(left.Elements);
            combined.AddRange(right.Elements);
            merged.Set(element.Name, combined);
            return true;
        }

        return false;
    }
}
