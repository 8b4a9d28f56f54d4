using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Definitions;

/// <summary>Merges rendered documents in order, later fields replacing earlier ones of the same name.</summary>
internal static class DocumentMerging
{
    public static BsonDocument Merge(IEnumerable<BsonDocument> documents)
    {
        var merged = new BsonDocument();
        foreach (var document in documents)
        {
            foreach (var element in document)
            {
                merged.Set(element.Name, element.Value);
            }
        }

        return merged;
    }
}
