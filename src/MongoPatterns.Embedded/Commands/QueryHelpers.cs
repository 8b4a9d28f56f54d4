using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Shared pieces of the read and write commands: query contexts, matching, sorting, hints.</summary>
internal static class QueryHelpers
{
    /// <summary>Builds the query context of a command (its <c>let</c> variables and the time).</summary>
    /// <param name="context">The command.</param>
    /// <param name="let">The let document, or null.</param>
    /// <returns>The query context.</returns>
    public static QueryContext CreateQueryContext(CommandContext context, BsonDocument? let) => new()
    {
        Variables = let,
        Now = context.Now,
    };

    /// <summary>Reads a hint value (index name or key pattern).</summary>
    /// <param name="source">The document holding the hint.</param>
    /// <returns>The hint or null.</returns>
    public static BsonValue? GetHint(BsonDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue("hint", out var hint) || hint.IsBsonNull)
        {
            return null;
        }

        return hint is BsonString or BsonDocument
            ? hint
            : throw new MongoServerException(ErrorCodes.FailedToParse, "hint must be a string or an object");
    }

    /// <summary>Finds the matching records of a collection, in plan order (or sorted), with match details.</summary>
    /// <param name="collection">The collection (null: nothing).</param>
    /// <param name="filter">The filter.</param>
    /// <param name="hint">The hint or null.</param>
    /// <param name="sort">The sort or null.</param>
    /// <returns>The matches.</returns>
    public static IEnumerable<(StoredRecord Record, MatchDetails Details)> Matches(CollectionState? collection, QueryFilter filter, BsonValue? hint, SortSpecification? sort) =>
        Matches(QueryPlanner.Plan(collection, filter, hint), filter, sort);

    /// <summary>Finds the matching records of a planned query, in plan order (or sorted), with match details.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="sort">The sort or null.</param>
    /// <returns>The matches.</returns>
    public static IEnumerable<(StoredRecord Record, MatchDetails Details)> Matches(QueryPlan plan, QueryFilter filter, SortSpecification? sort)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var matches = Filter(plan.Candidates, filter);
        if (sort is not null && sort.Keys.Count > 0)
        {
            return matches.ToList().OrderBy(m => m.Record.Document, sort);
        }

        return matches;
    }

    /// <summary>Parses a sort document, ignoring <c>$natural</c>.</summary>
    /// <param name="sort">The sort document or null.</param>
    /// <returns>The sort or null.</returns>
    public static SortSpecification? ParseSort(BsonDocument? sort)
    {
        if (sort is null || sort.ElementCount == 0)
        {
            return null;
        }

        foreach (var element in sort)
        {
            if (element.Value is BsonDocument meta && meta.Contains("$meta"))
            {
                continue;
            }

            if (!element.Value.IsNumeric || (element.Value.ToDouble() != 1 && element.Value.ToDouble() != -1))
            {
                throw new MongoServerException(15974, $"Illegal key in $sort specification: {element.Name}: {element.Value}");
            }
        }

        if (sort.ElementCount == 1 && sort.GetElement(0).Name == "$natural")
        {
            return null;
        }

        return SortSpecification.Parse(sort);
    }

    private static IEnumerable<(StoredRecord Record, MatchDetails Details)> Filter(IEnumerable<StoredRecord> candidates, QueryFilter filter)
    {
        foreach (var record in candidates)
        {
            var details = new MatchDetails();
            if (filter.IsEmpty || filter.Matches(record.Document, details))
            {
                yield return (record, details);
            }
        }
    }
}
