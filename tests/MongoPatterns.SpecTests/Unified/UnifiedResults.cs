using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>Turns the driver's results into the documents the CRUD specification describes, for matching.</summary>
internal static class UnifiedResults
{
    /// <summary>The documents a list holds, as an array.</summary>
    public static BsonArray ToArray<T>(IEnumerable<T> values)
        where T : BsonValue => new(values);

    /// <summary>An insertOne result: <c>{ insertedId }</c>.</summary>
    public static BsonDocument InsertOne(BsonDocument document) => new("insertedId", document.GetValue("_id", BsonNull.Value)!);

    /// <summary>An insertMany result: <c>{ insertedIds: { index: id } }</c>.</summary>
    public static BsonDocument InsertMany(IReadOnlyList<BsonDocument> documents)
    {
        var ids = new BsonDocument();
        for (var index = 0; index < documents.Count; index++)
        {
            ids.Add(index.ToString(CultureInfo.InvariantCulture), documents[index].GetValue("_id", BsonNull.Value)!);
        }

        return new BsonDocument("insertedIds", ids);
    }

    /// <summary>An update or replace result: <c>{ matchedCount, modifiedCount, upsertedCount, upsertedId }</c>.</summary>
    public static BsonDocument Update(bool acknowledged, Func<long> matched, Func<long> modified, BsonValue? upsertedId)
    {
        if (!acknowledged)
        {
            return Unacknowledged();
        }

        var result = new BsonDocument
        {
            { "matchedCount", matched() },
            { "modifiedCount", modified() },
            { "upsertedCount", upsertedId is null ? 0 : 1 },
        };
        if (upsertedId is not null)
        {
            result.Add("upsertedId", upsertedId);
        }

        return result;
    }

    /// <summary>A delete result: <c>{ deletedCount }</c>.</summary>
    public static BsonDocument Delete(DeleteResult result) =>
        result.IsAcknowledged ? new BsonDocument("deletedCount", result.DeletedCount) : Unacknowledged();

    /// <summary>
    /// A bulk write result: counts, <c>insertedIds</c> (index to id of the inserts that were applied) and
    /// <c>upsertedIds</c> (index to id).
    /// </summary>
    /// <param name="result">The driver's result.</param>
    /// <param name="requests">The requests as sent (insert documents carry their ids after the write).</param>
    /// <param name="failedIndexes">Indexes of requests that failed or were never applied.</param>
    public static BsonDocument BulkWrite(BulkWriteResult result, IReadOnlyList<WriteModel<BsonDocument>> requests, ISet<int> failedIndexes)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsAcknowledged)
        {
            return Unacknowledged();
        }

        var insertedIds = new BsonDocument();
        for (var index = 0; index < requests.Count; index++)
        {
            if (requests[index] is InsertOneModel<BsonDocument> insert && !failedIndexes.Contains(index) && insert.Document.TryGetValue("_id", out var id))
            {
                insertedIds.Add(index.ToString(CultureInfo.InvariantCulture), id);
            }
        }

        var upsertedIds = new BsonDocument();
        foreach (var upsert in result.Upserts)
        {
            upsertedIds.Add(upsert.Index.ToString(CultureInfo.InvariantCulture), upsert.Id);
        }

        return new BsonDocument
        {
            { "deletedCount", result.DeletedCount },
            { "insertedCount", result.InsertedCount },
            { "matchedCount", result.MatchedCount },
            { "modifiedCount", result.ModifiedCount },
            { "upsertedCount", result.Upserts.Count },
            { "insertedIds", insertedIds },
            { "upsertedIds", upsertedIds },
        };
    }

    /// <summary>The result of an unacknowledged write: <c>{ acknowledged: false }</c>.</summary>
    public static BsonDocument Unacknowledged() => new("acknowledged", false);
}
