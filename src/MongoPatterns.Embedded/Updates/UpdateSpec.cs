using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>A parsed update: operators, a replacement document or a pipeline.</summary>
/// <remarks>
/// CONTRACT STUB: replacement documents and top-level <c>$set</c> only. The update engine replaces this file.
/// </remarks>
internal sealed class UpdateSpec
{
    private readonly BsonDocument _update;

    private UpdateSpec(BsonDocument update, UpdateKind kind)
    {
        _update = update;
        Kind = kind;
    }

    /// <summary>Gets the form of the update.</summary>
    public UpdateKind Kind { get; }

    /// <summary>Parses an update document or pipeline.</summary>
    /// <param name="update">The update (document or array).</param>
    /// <param name="arrayFilters">The <c>arrayFilters</c> option.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The parsed update.</returns>
    public static UpdateSpec Parse(BsonValue update, BsonArray? arrayFilters, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        _ = arrayFilters;
        _ = context;
        if (update is not BsonDocument document)
        {
            throw new MongoServerException(ErrorCodes.NotImplemented, "pipeline updates are not built yet");
        }

        var isOperators = document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$');
        return new UpdateSpec(document, isOperators ? UpdateKind.Operators : UpdateKind.Replacement);
    }

    /// <summary>Applies the update to a copy of <paramref name="original"/>.</summary>
    /// <param name="original">The stored document (never modified).</param>
    /// <param name="details">Match details for the positional operator.</param>
    /// <param name="isUpsertInsert">Whether this is the insert of an upsert (<c>$setOnInsert</c> applies).</param>
    /// <returns>The new document and whether it changed.</returns>
    public UpdateOutcome Apply(BsonDocument original, MatchDetails? details, bool isUpsertInsert)
    {
        ArgumentNullException.ThrowIfNull(original);
        _ = details;
        _ = isUpsertInsert;
        BsonDocument result;
        if (Kind == UpdateKind.Replacement)
        {
            result = new BsonDocument();
            if (original.TryGetValue("_id", out var id))
            {
                result.Add("_id", id);
            }

            foreach (var element in _update)
            {
                if (element.Name != "_id")
                {
                    result.Add(element.Name, element.Value);
                }
            }
        }
        else
        {
            result = original.DeepClone().AsBsonDocument;
            foreach (var op in _update)
            {
                if (op.Name != "$set")
                {
                    throw new MongoServerException(ErrorCodes.NotImplemented, $"{op.Name} is not built yet");
                }

                foreach (var field in op.Value.AsBsonDocument)
                {
                    result.Set(field.Name, field.Value);
                }
            }
        }

        return new UpdateOutcome(result, !result.Equals(original));
    }

    /// <summary>Builds the document an upsert inserts: the query's equality fields plus the update.</summary>
    /// <param name="query">The update's query.</param>
    /// <param name="details">Match details.</param>
    /// <returns>The new document (without a generated <c>_id</c>; the caller adds one when missing).</returns>
    public BsonDocument BuildUpsertDocument(BsonDocument query, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(query);
        var seed = new BsonDocument();
        if (Kind == UpdateKind.Operators)
        {
            foreach (var element in query)
            {
                if (!element.Name.StartsWith('$'))
                {
                    seed.Add(element.Name, element.Value);
                }
            }
        }

        return Apply(seed, details, isUpsertInsert: true).Document;
    }
}
