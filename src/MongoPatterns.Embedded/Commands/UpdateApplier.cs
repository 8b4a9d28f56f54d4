using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Updates;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Applies parsed updates to stored records and builds upserted documents, with MongoDB's checks.</summary>
internal static class UpdateApplier
{
    /// <summary>Updates one record.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="record">The record.</param>
    /// <param name="spec">The update.</param>
    /// <param name="details">The match details (positional operator).</param>
    /// <param name="bypassValidation">Whether to skip the validator.</param>
    /// <param name="version">The write's catalog version.</param>
    /// <param name="updated">The new document (the old one when nothing changed).</param>
    /// <returns>The new collection state (the same instance when nothing changed).</returns>
    /// <exception cref="MongoServerException">The update fails (66, 121, 11000, ...).</exception>
    public static CollectionState Apply(CollectionState collection, StoredRecord record, UpdateSpec spec, MatchDetails? details, bool bypassValidation, long version, out BsonDocument updated)
        => Apply(collection, record, spec, null, details, bypassValidation, version, out updated);

    /// <summary>Updates one record, checking that a replacement document does not change <c>_id</c>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="record">The record.</param>
    /// <param name="spec">The update.</param>
    /// <param name="update">The raw update value (a replacement's <c>_id</c> is checked), or null.</param>
    /// <param name="details">The match details (positional operator).</param>
    /// <param name="bypassValidation">Whether to skip the validator.</param>
    /// <param name="version">The write's catalog version.</param>
    /// <param name="updated">The new document (the old one when nothing changed).</param>
    /// <returns>The new collection state (the same instance when nothing changed).</returns>
    public static CollectionState Apply(CollectionState collection, StoredRecord record, UpdateSpec spec, BsonValue? update, MatchDetails? details, bool bypassValidation, long version, out BsonDocument updated)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Kind == UpdateKind.Replacement && update is BsonDocument replacement && replacement.TryGetValue("_id", out var replacementId)
            && record.Document.TryGetValue("_id", out var currentId) && !currentId.Equals(replacementId))
        {
            throw new MongoServerException(
                ErrorCodes.ImmutableField,
                $"After applying the update, the (immutable) field '_id' was found to have been altered to _id: {replacementId}");
        }

        var outcome = spec.Apply(record.Document, details, false);
        var document = DocumentPreparer.EnsureIdFirst(outcome.Document);
        var oldId = record.Document.GetValue("_id", null);
        var newId = document.GetValue("_id", null);
        if (oldId is not null && (newId is null || !oldId.Equals(newId)))
        {
            throw new MongoServerException(
                ErrorCodes.ImmutableField,
                newId is null
                    ? "After applying the update, the (immutable) field '_id' was found to have been removed."
                    : $"After applying the update, the (immutable) field '_id' was found to have been altered to _id: {newId}");
        }

        if (!outcome.Modified && document.Equals(record.Document))
        {
            updated = record.Document;
            return collection;
        }

        var bytes = DocumentPreparer.Encode(document, forUpdate: true);
        if (!bypassValidation && collection.Validator?.Check(document, record.Document, collection.Namespace) is { } validationError)
        {
            throw validationError;
        }

        updated = document;
        return collection.Replace(record, document, bytes, version);
    }

    /// <summary>Inserts the document of an upsert.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="query">The update's query.</param>
    /// <param name="spec">The update.</param>
    /// <param name="bypassValidation">Whether to skip the validator.</param>
    /// <param name="version">The write's catalog version.</param>
    /// <param name="inserted">The inserted document.</param>
    /// <returns>The new collection state.</returns>
    public static CollectionState Upsert(CollectionState collection, BsonDocument query, UpdateSpec spec, bool bypassValidation, long version, out BsonDocument inserted)
    {
        var document = spec.BuildUpsertDocument(query, new MatchDetails());
        if (!document.Contains("_id"))
        {
            var withId = new BsonDocument("_id", ObjectId.GenerateNewId());
            withId.AddRange(document);
            document = withId;
        }
        else
        {
            document = DocumentPreparer.EnsureIdFirst(document);
            DocumentPreparer.ValidateId(document["_id"]);
        }

        var bytes = DocumentPreparer.Encode(document);
        if (!bypassValidation && collection.Validator?.Check(document, null, collection.Namespace) is { } validationError)
        {
            throw validationError;
        }

        inserted = document;
        return collection.Insert(document, bytes, version);
    }
}
