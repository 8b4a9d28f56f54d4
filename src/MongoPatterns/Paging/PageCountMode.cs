namespace MongoPatterns.Paging;

/// <summary>How an offset page counts the total number of matching documents.</summary>
public enum PageCountMode
{
    /// <summary>Counts matching documents exactly (<c>countDocuments</c>), concurrently with the page query.</summary>
    Exact,

    /// <summary>Uses the collection's metadata count (<c>estimatedDocumentCount</c>) when the query is unfiltered; filtered queries count exactly.</summary>
    Estimated,

    /// <summary>Does not count: <c>TotalCount</c> and <c>TotalPages</c> are null and <c>HasNextPage</c> comes from reading one extra document.</summary>
    None,
}
