namespace MongoPatterns.Embedded.Query;

/// <summary>What matching learned about a document: the array index for the positional <c>$</c> operator and the text score.</summary>
internal sealed class MatchDetails
{
    /// <summary>Gets or sets the index of the first array element that satisfied the query (for <c>$</c> in projections and updates).</summary>
    public int? PositionalIndex { get; set; }

    /// <summary>Gets or sets the <c>$text</c> relevance score.</summary>
    public double? TextScore { get; set; }

    /// <summary>Clears the details so the instance can be reused for the next document.</summary>
    public void Reset()
    {
        PositionalIndex = null;
        TextScore = null;
    }
}
