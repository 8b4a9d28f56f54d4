using MongoPatterns.Bson;
using MongoPatterns.Embedded.Commands;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Tests.Storage;

public class QueryPlannerSortedScanTests
{
    private const int Count = 1_000;
    private static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static BsonDateTime TimeOf(int position) => new(Epoch.AddSeconds(position));

    private static CollectionState Collection()
    {
        var state = CollectionState.Create("db", "c", new BsonDocument(), null);
        state = state.AddIndex(IndexDefinition.Parse(new BsonDocument
        {
            { "key", new BsonDocument { { "t", -1 }, { "_id", 1 } } },
            { "name", "t_-1__id_1" },
        }));
        for (var i = 0; i < Count; i++)
        {
            var prepared = DocumentPreparer.PrepareInsert(new BsonDocument { { "_id", i }, { "t", TimeOf(i) } });
            state = state.Insert(prepared, DocumentPreparer.Encode(prepared), i + 1);
        }

        return state;
    }

    private static List<int> Ids(IEnumerable<StoredRecord> records, int take) => records.Take(take).Select(r => r.Document["_id"].ToInt32()).ToList();

    private static List<int> MatchIds(CollectionState collection, BsonDocument filter, BsonDocument sort, int take) =>
        QueryHelpers.Matches(collection, QueryFilter.Parse(filter), null, SortSpecification.Parse(sort)).Take(take).Select(m => m.Record.Document["_id"].ToInt32()).ToList();

    [Fact]
    public void PlanSortedScan_AscendingRangeOnSortKey_StartsAtTheBound()
    {
        var collection = Collection();
        var filter = QueryFilter.Parse(new BsonDocument("_id", new BsonDocument("$gt", 900)));

        var plan = QueryPlanner.PlanSortedScan(collection, SortSpecification.Parse(new BsonDocument("_id", 1)), filter);

        Assert.Equal([900, 901, 902], Ids(plan!.Candidates, 3));
        Assert.Equal([901, 902, 903], MatchIds(collection, new BsonDocument("_id", new BsonDocument("$gt", 900)), new BsonDocument("_id", 1), 3));
    }

    [Fact]
    public void PlanSortedScan_DescendingSortOverAscendingIndex_ReadsBackwardFromTheUpperBound()
    {
        var collection = Collection();
        var filter = QueryFilter.Parse(new BsonDocument("_id", new BsonDocument("$lt", 100)));

        var plan = QueryPlanner.PlanSortedScan(collection, SortSpecification.Parse(new BsonDocument("_id", -1)), filter);

        Assert.Equal([100, 99, 98], Ids(plan!.Candidates, 3));
        Assert.Equal([99, 98, 97], MatchIds(collection, new BsonDocument("_id", new BsonDocument("$lt", 100)), new BsonDocument("_id", -1), 3));
    }

    [Fact]
    public void PlanSortedScan_BothBounds_StopsPastTheFarBound()
    {
        var collection = Collection();
        var filter = QueryFilter.Parse(new BsonDocument("_id", new BsonDocument { { "$gte", 10 }, { "$lte", 12 } }));

        var plan = QueryPlanner.PlanSortedScan(collection, SortSpecification.Parse(new BsonDocument("_id", 1)), filter);

        Assert.Equal([10, 11, 12], Ids(plan!.Candidates, Count));
    }

    [Fact]
    public void Matches_DescendingKeysetFilter_StartsAtTheLastKeyAndReturnsTheRestInOrder()
    {
        // The shape the library sends for "after (t = T(500), _id = 500)" in the order { t: -1, _id: 1 }.
        var collection = Collection();
        var filter = new BsonDocument("$or", new BsonArray
        {
            new BsonDocument("$or", new BsonArray { new BsonDocument("t", new BsonDocument("$lt", TimeOf(500))), new BsonDocument("t", BsonNull.Value) }),
            new BsonDocument("$and", new BsonArray { new BsonDocument("t", TimeOf(500)), new BsonDocument("_id", new BsonDocument("$gt", 500)) }),
        });
        var sort = new BsonDocument { { "t", -1 }, { "_id", 1 } };

        var plan = QueryPlanner.PlanSortedScan(collection, SortSpecification.Parse(sort), QueryFilter.Parse(filter));

        Assert.Equal([500, 499], Ids(plan!.Candidates, 2));
        Assert.Equal(Enumerable.Range(0, 500).Reverse().ToList(), MatchIds(collection, filter, sort, Count));
    }

    [Fact]
    public void Matches_InOnTheSortIndex_KeepsTheInScanAndSorts()
    {
        var collection = Collection();

        Assert.Equal([3, 5, 700], MatchIds(collection, new BsonDocument("_id", new BsonDocument("$in", new BsonArray { 700, 5, 3 })), new BsonDocument("_id", 1), Count));
        Assert.Null(QueryPlanner.PlanSortedScan(collection, SortSpecification.Parse(new BsonDocument("_id", 1)), QueryFilter.Parse(new BsonDocument("_id", new BsonDocument("$in", new BsonArray { 1 }))), boundedOnly: true));
    }

    [Fact]
    public void Matches_UnboundedFilterWithSort_StillReadsTheWholeIndexInOrder()
    {
        var collection = Collection();

        Assert.Equal([999, 998], MatchIds(collection, new BsonDocument("t", new BsonDocument("$exists", true)), new BsonDocument { { "t", -1 }, { "_id", 1 } }, 2));
    }
}
