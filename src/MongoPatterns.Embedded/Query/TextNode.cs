using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary><c>$text</c>: the document contains the search terms in its text-indexed fields; records the score.</summary>
internal sealed class TextNode : QueryNode
{
    private readonly TextSearch _search;

    /// <summary>Creates the node.</summary>
    /// <param name="search">The parsed search.</param>
    public TextNode(TextSearch search) => _search = search;

    /// <inheritdoc/>
    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        var score = _search.Score(document);
        if (score is null)
        {
            return false;
        }

        if (details is not null)
        {
            details.TextScore = score;
        }

        return true;
    }
}
