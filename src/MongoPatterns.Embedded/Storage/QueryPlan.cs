using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Storage;

/// <summary>How a query reads a collection: the candidate records (a superset of the matches) and how they were found.</summary>
/// <param name="Stage">COLLSCAN, IDHACK or IXSCAN.</param>
/// <param name="Index">The index used, or null.</param>
/// <param name="Candidates">The records to test against the filter, in the order the plan produces them.</param>
internal sealed record QueryPlan(string Stage, IndexDefinition? Index, IEnumerable<StoredRecord> Candidates)
{
    /// <summary>Describes the plan as explain's <c>winningPlan</c>.</summary>
    /// <param name="filter">The query filter.</param>
    /// <returns>The plan document.</returns>
    public BsonDocument Describe(BsonDocument filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        switch (Stage)
        {
            case "IDHACK":
                return new BsonDocument("stage", "IDHACK");
            case "IXSCAN":
                var scan = new BsonDocument
                {
                    { "stage", "IXSCAN" },
                    { "keyPattern", Index!.Key },
                    { "indexName", Index.Name },
                    { "isMultiKey", false },
                    { "isUnique", Index.Unique },
                    { "isSparse", Index.Sparse },
                    { "isPartial", Index.PartialFilter is not null },
                    { "indexVersion", 2 },
                    { "direction", "forward" },
                };
                var fetch = new BsonDocument("stage", "FETCH");
                if (filter.ElementCount > 0)
                {
                    fetch.Add("filter", filter);
                }

                fetch.Add("inputStage", scan);
                return fetch;
            default:
                var collscan = new BsonDocument("stage", "COLLSCAN");
                if (filter.ElementCount > 0)
                {
                    collscan.Add("filter", filter);
                }

                collscan.Add("direction", "forward");
                return collscan;
        }
    }
}
