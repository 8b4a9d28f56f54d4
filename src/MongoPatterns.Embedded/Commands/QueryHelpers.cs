using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Shared pieces of the read and write commands: query contexts, matching, sorting, hints.</summary>
internal static class QueryHelpers
{
    /// <summary>Builds the query context of a command (its <c>let</c> variables, the time, the collection's text index).</summary>
    /// <param name="context">The command.</param>
    /// <param name="let">The let document, or null.</param>
    /// <param name="collection">The queried collection (its text index serves <c>$text</c>, its default collation applies), or null.</param>
    /// <param name="collation">The operation's <c>collation</c> document, or null for the collection's default.</param>
    /// <returns>The query context.</returns>
    public static QueryContext CreateQueryContext(CommandContext context, BsonDocument? let, CollectionState? collection = null, BsonValue? collation = null) => new()
    {
        Variables = LetVariables.Evaluate(let, context.Now),
        Now = context.Now,
        TextIndex = TextIndexOf(collection),
        Collation = CollationOf(collation, collection),
    };

    /// <summary>
    /// Parses the collation an operation uses: its own <c>collation</c> document when given (<c>{locale: "simple"}</c>
    /// for binary), otherwise the collection's default collation.
    /// </summary>
    /// <param name="collation">The operation's <c>collation</c> value, or null.</param>
    /// <param name="collection">The collection, or null.</param>
    /// <returns>The collation, or null for binary comparison.</returns>
    public static Collation? CollationOf(BsonValue? collation, CollectionState? collection) =>
        collation is not null && !collation.IsBsonNull
            ? Collation.Parse(collation)
            : Collation.Parse(collection?.Options.GetValue("collation", null));

    /// <summary>Describes a collection's text index for the query engine.</summary>
    /// <param name="collection">The collection, or null.</param>
    /// <returns>The text index definition, or null when the collection has none.</returns>
    public static TextIndexDefinition? TextIndexOf(CollectionState? collection)
    {
        var index = collection?.Indexes.FirstOrDefault(i => i.Definition.IsText);
        return index is null ? null : TextIndexDefinition.FromIndex(index.Definition.Key, index.Definition.Spec);
    }

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
        Matches(collection, QueryPlanner.Plan(collection, filter, hint), filter, sort, hint);

    /// <summary>
    /// Finds the matching records of a planned query, sorted; when the plan is a collection scan and an index provides
    /// the sort order, the index is read in order instead (no in-memory sort, and a limit stops the read early).
    /// </summary>
    /// <param name="collection">The collection.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="sort">The sort or null.</param>
    /// <param name="hint">The hint or null (a hinted plan is kept).</param>
    /// <returns>The matches.</returns>
    public static IEnumerable<(StoredRecord Record, MatchDetails Details)> Matches(CollectionState? collection, QueryPlan plan, QueryFilter filter, SortSpecification? sort, BsonValue? hint)
    {
        ArgumentNullException.ThrowIfNull(plan);
        // A collection scan, or a range scan of the very index that gives the sort order, is replaced by an ordered read of
        // that index from the filter's bound: no in-memory sort, and a limit stops the read early.
        // (An index scan is replaced only when the filter bounds the leading sort key: an $in scan stays as it is.)
        if (sort is not null && sort.Collation is null && hint is null && (plan.Stage is "COLLSCAN" or "IXSCAN")
            && QueryPlanner.PlanSortedScan(collection, sort, filter, boundedOnly: plan.Stage == "IXSCAN") is { } sorted
            && (plan.Stage == "COLLSCAN" || ReferenceEquals(plan.Index, sorted.Index)))
        {
            return Filter(sorted.Candidates, filter);
        }

        return Matches(plan, filter, sort);
    }

    /// <summary>Finds the matching records of a planned query, in plan order (or sorted), with match details.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="filter">The filter.</param>
    /// <param name="sort">The sort or null.</param>
    /// <returns>The matches.</returns>
    public static IEnumerable<(StoredRecord Record, MatchDetails Details)> Matches(QueryPlan plan, QueryFilter filter, SortSpecification? sort)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var matches = Filter(plan.Candidates, filter);
        if (sort is not null && !sort.IsEmpty)
        {
            return sort.Sort(matches, static m => m.Record.Document, static m => m.Details.TextScore);
        }

        return matches;
    }

    /// <summary>Parses a sort document, ignoring <c>$natural</c>.</summary>
    /// <param name="sort">The sort document or null.</param>
    /// <param name="collation">The collation strings sort by, or null for binary order.</param>
    /// <returns>The sort or null.</returns>
    public static SortSpecification? ParseSort(BsonDocument? sort, Collation? collation = null)
    {
        if (sort is null || sort.ElementCount == 0 || (sort.ElementCount == 1 && sort.GetElement(0).Name == "$natural"))
        {
            return null;
        }

        return SortSpecification.Parse(sort, collation);
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
