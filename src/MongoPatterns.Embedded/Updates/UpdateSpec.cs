using MongoPatterns.Bson;
using MongoPatterns.Embedded.Aggregation;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>A parsed update: operators, a replacement document or a pipeline.</summary>
/// <remarks>
/// <para>
/// Operator updates support <c>$set</c>, <c>$unset</c>, <c>$inc</c>, <c>$mul</c>, <c>$min</c>, <c>$max</c>,
/// <c>$rename</c>, <c>$setOnInsert</c>, <c>$currentDate</c>, <c>$push</c> (<c>$each</c>, <c>$position</c>,
/// <c>$sort</c>, <c>$slice</c>), <c>$addToSet</c>, <c>$pop</c>, <c>$pull</c>, <c>$pullAll</c> and <c>$bit</c>, with
/// the positional <c>$</c>, <c>$[]</c> and <c>$[identifier]</c> operators. Fields are processed in MongoDB 5.0+
/// order (lexicographic, numeric names numerically), so new fields are appended in that order while existing
/// fields keep their place.
/// </para>
/// <para>
/// Pipeline updates run through <see cref="AggregationPipeline"/> restricted to <c>$addFields</c>, <c>$set</c>,
/// <c>$project</c>, <c>$unset</c>, <c>$replaceRoot</c> and <c>$replaceWith</c> (others: InvalidOptions, 72).
/// </para>
/// </remarks>
internal sealed class UpdateSpec
{
    private static readonly HashSet<string> s_pipelineStages = new(StringComparer.Ordinal)
    {
        "$addFields", "$set", "$project", "$unset", "$replaceRoot", "$replaceWith",
    };

    private readonly BsonDocument? _replacement;
    private readonly UpdateObjectNode? _root;
    private readonly AggregationPipeline? _pipeline;
    private readonly IReadOnlyDictionary<string, QueryFilter> _arrayFilters;
    private readonly QueryContext _context;

    private UpdateSpec(
        UpdateKind kind,
        BsonDocument? replacement,
        UpdateObjectNode? root,
        AggregationPipeline? pipeline,
        IReadOnlyDictionary<string, QueryFilter> arrayFilters,
        QueryContext context)
    {
        Kind = kind;
        _replacement = replacement;
        _root = root;
        _pipeline = pipeline;
        _arrayFilters = arrayFilters;
        _context = context;
    }

    /// <summary>Gets the form of the update.</summary>
    public UpdateKind Kind { get; }

    /// <summary>Parses an update document or pipeline.</summary>
    /// <param name="update">The update (document or array).</param>
    /// <param name="arrayFilters">The <c>arrayFilters</c> option.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The parsed update.</returns>
    /// <exception cref="MongoServerException">The update is invalid.</exception>
    public static UpdateSpec Parse(BsonValue update, BsonArray? arrayFilters, QueryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        context ??= new QueryContext();
        if (update is BsonArray stages)
        {
            if (arrayFilters is { Count: > 0 })
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, "arrayFilters may not be specified for pipeline-style updates");
            }

            return new UpdateSpec(UpdateKind.Pipeline, null, null, ParsePipeline(stages, context), new Dictionary<string, QueryFilter>(), context);
        }

        if (update is not BsonDocument document)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, "Update argument must be either an object or an array");
        }

        var filters = ArrayFilterParser.Parse(arrayFilters, context);
        if (document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$'))
        {
            return new UpdateSpec(UpdateKind.Operators, null, UpdateParser.Parse(document, filters, context), null, filters, context);
        }

        foreach (var element in document)
        {
            if (element.Name.StartsWith('$'))
            {
                throw new MongoServerException(
                    ErrorCodes.DollarPrefixedFieldName,
                    $"The dollar ($) prefixed field '{element.Name}' in '{element.Name}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.");
            }
        }

        foreach (var identifier in filters.Keys)
        {
            throw new MongoServerException(
                ErrorCodes.FailedToParse,
                $"The array filter for identifier '{identifier}' was not used in the update {BsonDisplay.Format(document)}");
        }

        return new UpdateSpec(UpdateKind.Replacement, document, null, null, filters, context);
    }

    /// <summary>Applies the update to a copy of <paramref name="original"/>.</summary>
    /// <param name="original">The stored document (never modified).</param>
    /// <param name="details">Match details for the positional operator.</param>
    /// <param name="isUpsertInsert">Whether this is the insert of an upsert (<c>$setOnInsert</c> applies).</param>
    /// <returns>The new document and whether it changed.</returns>
    /// <exception cref="MongoServerException">The update cannot be applied (e.g. 14 TypeMismatch, 28 PathNotViable, 66 ImmutableField).</exception>
    public UpdateOutcome Apply(BsonDocument original, MatchDetails? details, bool isUpsertInsert)
    {
        ArgumentNullException.ThrowIfNull(original);
        var result = Kind switch
        {
            UpdateKind.Operators => ApplyOperators(original, details, isUpsertInsert),
            UpdateKind.Replacement => Replace(original, _replacement!),
            _ => Replace(original, RunPipeline(original)),
        };

        return new UpdateOutcome(result, !result.Equals(original));
    }

    /// <summary>Builds the document an upsert inserts: the query's equality fields plus the update.</summary>
    /// <param name="query">The update's query.</param>
    /// <param name="details">Match details.</param>
    /// <returns>The new document (<c>_id</c> first; without a generated <c>_id</c>, the caller adds one when missing).</returns>
    /// <exception cref="MongoServerException">The query fields conflict (54 NotSingleValueField) or the update fails.</exception>
    public BsonDocument BuildUpsertDocument(BsonDocument query, MatchDetails? details)
    {
        ArgumentNullException.ThrowIfNull(query);
        var seed = UpsertSeedBuilder.Build(query, idOnly: Kind == UpdateKind.Replacement);
        var result = Apply(seed, details, isUpsertInsert: true).Document;
        if (result.TryGetValue("_id", out var id))
        {
            if (id.BsonType is BsonType.Array or BsonType.RegularExpression or BsonType.Undefined)
            {
                throw new MongoServerException(ErrorCodes.InvalidIdField, $"The '_id' value cannot be of type {BsonTypeNames.NameOf(id.BsonType)}");
            }

            if (result.IndexOfName("_id") != 0)
            {
                result.Remove("_id");
                result.InsertAt(0, new BsonElement("_id", id));
            }
        }

        return result;
    }

    private static AggregationPipeline ParsePipeline(BsonArray stages, QueryContext context)
    {
        foreach (var stage in stages)
        {
            if (stage is not BsonDocument { ElementCount: 1 } document)
            {
                throw new MongoServerException(ErrorCodes.TypeMismatch, "Each element of the 'pipeline' array must be an object with exactly one field");
            }

            var name = document.GetElement(0).Name;
            if (!s_pipelineStages.Contains(name))
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, $"{name} is not allowed to be used within an update");
            }
        }

        // The let values in the context are already evaluated: bind them as they are, never evaluate them again.
        return AggregationPipeline.ParseForUpdate(stages, context);
    }

    private BsonDocument ApplyOperators(BsonDocument original, MatchDetails? details, bool isUpsertInsert)
    {
        var document = original.DeepClone();
        var context = new UpdateContext(document, details, isUpsertInsert, _arrayFilters, _context.Now);
        _root!.ApplyToDocument(context, document);
        if (original.TryGetValue("_id", out var originalId) && (!document.TryGetValue("_id", out var newId) || !newId.Equals(originalId)))
        {
            throw new MongoServerException(ErrorCodes.ImmutableField, "Performing an update on the path '_id' would modify the immutable field '_id'");
        }

        return document;
    }

    private static BsonDocument Replace(BsonDocument original, BsonDocument replacement)
    {
        var result = new BsonDocument();
        var hasOriginalId = original.TryGetValue("_id", out var originalId);
        if (replacement.TryGetValue("_id", out var newId))
        {
            if (hasOriginalId && !newId.Equals(originalId))
            {
                throw new MongoServerException(
                    ErrorCodes.ImmutableField,
                    $"After applying the update, the (immutable) field '_id' was found to have been altered to {BsonDisplay.FormatElement("_id", newId)}");
            }

            result.Add("_id", newId.DeepClone());
        }
        else if (hasOriginalId)
        {
            result.Add("_id", originalId!);
        }

        foreach (var element in replacement)
        {
            if (element.Name != "_id")
            {
                result.Add(element.Name, element.Value.DeepClone());
            }
        }

        return result;
    }

    private BsonDocument RunPipeline(BsonDocument original) => _pipeline!.ApplyToDocument(original.DeepClone(), _context);
}
