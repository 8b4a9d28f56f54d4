using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Builds and combines filter documents: field conditions that keep client values as values, <c>$and</c> merged into
/// one document where the keys allow, <c>$or</c> flattened, and negation pushed into the field's operators where
/// MongoDB has an exact counterpart (<c>$ne</c>, <c>$nin</c>, <c>$exists</c>, <c>$not</c>), else <c>$nor</c>.
/// </summary>
/// <remarks>
/// A filter that matches everything is the empty document; one that matches nothing is <c>{ $nor: [ { } ] }</c>
/// (valid in every context, including <c>$elemMatch</c>).
/// </remarks>
internal static class FilterDocuments
{
    private const string Nor = "$nor";

    /// <summary>Gets a new filter that matches every document (<c>{ }</c>).</summary>
    public static BsonDocument MatchAll() => [];

    /// <summary>Gets a new filter that matches no document (<c>{ $nor: [ { } ] }</c>).</summary>
    public static BsonDocument MatchNone() => new(Nor, new BsonArray { new BsonDocument() });

    /// <summary>Gets <see cref="MatchAll"/> or <see cref="MatchNone"/>.</summary>
    public static BsonDocument Constant(bool matches) => matches ? MatchAll() : MatchNone();

    /// <summary>Gets whether the filter is <see cref="MatchAll"/>.</summary>
    public static bool MatchesAll(BsonDocument filter) => filter.ElementCount == 0;

    /// <summary>Gets whether the filter is <see cref="MatchNone"/>.</summary>
    public static bool MatchesNone(BsonDocument filter) =>
        filter.ElementCount == 1 && filter.GetElement(0) is { Name: Nor, Value: BsonArray { Count: 1 } alternatives }
        && alternatives[0] is BsonDocument { ElementCount: 0 };

    /// <summary>
    /// <c>{ path: value }</c>, or <c>{ path: { $eq: value } }</c> when the value would otherwise be read as operators (a
    /// document with a key starting with <c>$</c>) or as a pattern (a regular expression).
    /// </summary>
    public static BsonDocument Equal(string path, BsonValue value) =>
        NeedsExplicitEquality(value) ? new BsonDocument(path, new BsonDocument("$eq", value)) : new BsonDocument(path, value);

    /// <summary><c>{ path: { $ne: value } }</c> (a regular expression value uses <c>$not: { $eq }</c>, since <c>$ne</c> rejects it).</summary>
    public static BsonDocument NotEqual(string path, BsonValue value) =>
        value is BsonRegularExpression
            ? new BsonDocument(path, new BsonDocument("$not", new BsonDocument("$eq", value)))
            : new BsonDocument(path, new BsonDocument("$ne", value));

    /// <summary><c>{ path: { op: value } }</c>.</summary>
    public static BsonDocument Operator(string path, string operatorName, BsonValue value) => new(path, new BsonDocument(operatorName, value));

    /// <summary>
    /// <c>{ path: { $in: values } }</c>; when a value is a regular expression (which <c>$in</c> would use as a pattern),
    /// an <c>$or</c> of equalities instead.
    /// </summary>
    public static BsonDocument In(string path, BsonArray values)
    {
        if (!values.Any(static value => value is BsonRegularExpression))
        {
            return Operator(path, "$in", values);
        }

        return Or(values.Select(value => Equal(path, value)));
    }

    /// <summary>
    /// Combines filters that must all match: flattens <c>$and</c>, drops filters that match everything, and merges the
    /// fields into one document when no key repeats (operator documents of the same field merge when their operators
    /// differ: <c>{ age: { $gt: 1, $lt: 9 } }</c>); otherwise <c>{ $and: [ ... ] }</c>.
    /// </summary>
    public static BsonDocument And(params IEnumerable<BsonDocument> filters)
    {
        var parts = new List<BsonDocument>();
        foreach (var filter in filters)
        {
            if (MatchesNone(filter))
            {
                return MatchNone();
            }

            if (filter.ElementCount == 1 && filter.GetElement(0) is { Name: "$and", Value: BsonArray nested })
            {
                parts.AddRange(nested.Cast<BsonDocument>());
            }
            else if (!MatchesAll(filter))
            {
                parts.Add(filter);
            }
        }

        return parts.Count switch
        {
            0 => MatchAll(),
            1 => parts[0],
            _ => TryMerge(parts) ?? new BsonDocument("$and", new BsonArray(parts)),
        };
    }

    /// <summary>
    /// Combines filters of which one must match: flattens <c>$or</c>, drops filters that match nothing, and returns
    /// <see cref="MatchAll"/> when one of them matches everything.
    /// </summary>
    public static BsonDocument Or(params IEnumerable<BsonDocument> filters)
    {
        var parts = new List<BsonDocument>();
        foreach (var filter in filters)
        {
            if (MatchesAll(filter))
            {
                return MatchAll();
            }

            if (filter.ElementCount == 1 && filter.GetElement(0) is { Name: "$or", Value: BsonArray nested })
            {
                parts.AddRange(nested.Cast<BsonDocument>());
            }
            else if (!MatchesNone(filter))
            {
                parts.Add(filter);
            }
        }

        return parts.Count switch
        {
            0 => MatchNone(),
            1 => parts[0],
            _ => new BsonDocument("$or", new BsonArray(parts)),
        };
    }

    /// <summary>
    /// Negates a filter. A single field condition negates its operator (<c>{ a: 1 }</c> → <c>{ a: { $ne: 1 } }</c>,
    /// <c>$in</c> ↔ <c>$nin</c>, <c>$exists</c> flips, a regular expression or other operators go under <c>$not</c>);
    /// <c>$or</c> becomes <c>$nor</c> and back; anything else is wrapped in <c>$nor</c>. Like MongoDB's own negations,
    /// the result also matches documents where the field is missing.
    /// </summary>
    public static BsonDocument Not(BsonDocument filter)
    {
        if (MatchesAll(filter))
        {
            return MatchNone();
        }

        if (MatchesNone(filter))
        {
            return MatchAll();
        }

        if (filter.ElementCount == 1)
        {
            var element = filter.GetElement(0);
            switch (element.Name)
            {
                case "$or":
                    return new BsonDocument(Nor, element.Value);
                case Nor when element.Value is BsonArray alternatives:
                    return alternatives.Count == 1 ? (BsonDocument)alternatives[0] : new BsonDocument("$or", alternatives);
                case var name when name.Length > 0 && name[0] == '$':
                    break;
                default:
                    return new BsonDocument(element.Name, NegateCondition(element.Value));
            }
        }

        return new BsonDocument(Nor, new BsonArray { filter });
    }

    /// <summary>Gets whether a field's value in a filter is a document of operators (its first key starts with <c>$</c>).</summary>
    public static bool IsOperatorDocument(BsonValue value) =>
        value is BsonDocument { ElementCount: > 0 } document && document.GetElement(0).Name.StartsWith('$');

    private static BsonValue NegateCondition(BsonValue condition)
    {
        if (!IsOperatorDocument(condition))
        {
            return condition is BsonRegularExpression
                ? new BsonDocument("$not", condition)
                : new BsonDocument("$ne", condition);
        }

        var operators = (BsonDocument)condition;
        if (operators.ElementCount == 1)
        {
            var single = operators.GetElement(0);
            var value = single.Value;
            switch (single.Name)
            {
                case "$eq":
                    return value is BsonRegularExpression ? new BsonDocument("$not", operators) : new BsonDocument("$ne", value);
                case "$ne":
                    return NeedsExplicitEquality(value) ? new BsonDocument("$eq", value) : value;
                case "$in":
                    return new BsonDocument("$nin", value);
                case "$nin":
                    return new BsonDocument("$in", value);
                case "$exists" when value is BsonBoolean exists:
                    return new BsonDocument("$exists", !exists.Value);
                case "$not":
                    return value;
            }
        }

        return new BsonDocument("$not", operators);
    }

    private static bool NeedsExplicitEquality(BsonValue value) =>
        value is BsonRegularExpression || (value is BsonDocument document && document.Names.Any(static name => name.StartsWith('$')));

    private static BsonDocument? TryMerge(List<BsonDocument> parts)
    {
        var merged = new BsonDocument();
        foreach (var part in parts)
        {
            foreach (var element in part)
            {
                var index = merged.IndexOfName(element.Name);
                if (index < 0)
                {
                    merged.Add(element.Name, element.Value);
                    continue;
                }

                var existing = merged.GetElement(index).Value;
                if (element.Name.StartsWith('$') || !IsOperatorDocument(existing) || !IsOperatorDocument(element.Value))
                {
                    return null;
                }

                var combined = ((BsonDocument)existing).DeepClone();
                foreach (var condition in (BsonDocument)element.Value)
                {
                    if (combined.Contains(condition.Name))
                    {
                        return null;
                    }

                    combined.Add(condition.Name, condition.Value);
                }

                merged.Set(element.Name, combined);
            }
        }

        return merged;
    }
}
