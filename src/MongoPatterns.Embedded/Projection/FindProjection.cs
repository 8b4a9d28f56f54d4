using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Projection;

/// <summary>A parsed find projection (<c>projection</c> of find and findAndModify).</summary>
/// <remarks>
/// CONTRACT STUB: top-level inclusion or exclusion only. The query engine replaces this file with full projection
/// semantics (nested paths, positional <c>$</c>, <c>$slice</c>, <c>$elemMatch</c>, <c>$meta</c>, expressions).
/// </remarks>
internal sealed class FindProjection
{
    private readonly BsonDocument _spec;
    private readonly bool _inclusion;

    private FindProjection(BsonDocument spec)
    {
        _spec = spec;
        _inclusion = spec.Elements.Any(e => e.Name != "_id" && e.Value.ToBoolean());
    }

    /// <summary>Gets a value indicating whether the projection asks for <c>{$meta: "textScore"}</c>.</summary>
    public bool NeedsTextScore { get; }

    /// <summary>Parses a projection document.</summary>
    /// <param name="projection">The projection.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The parsed projection.</returns>
    public static FindProjection Parse(BsonDocument projection, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        _ = context;
        return new FindProjection(projection);
    }

    /// <summary>Applies the projection, returning a new document.</summary>
    /// <param name="document">The stored document (never modified).</param>
    /// <param name="details">Match details for positional projection.</param>
    /// <returns>The projected document.</returns>
    public BsonDocument Apply(BsonDocument document, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(document);
        _ = details;
        var includeId = !_spec.TryGetValue("_id", out var id) || id.ToBoolean();
        var result = new BsonDocument();
        foreach (var element in document)
        {
            var listed = _spec.TryGetValue(element.Name, out var flag) && element.Name != "_id";
            var keep = element.Name == "_id" ? includeId : _inclusion ? listed && flag!.ToBoolean() : !listed;
            if (keep)
            {
                result.Add(element.Name, element.Value);
            }
        }

        return result;
    }
}
