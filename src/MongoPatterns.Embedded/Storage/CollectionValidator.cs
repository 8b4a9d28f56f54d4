using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Storage;

/// <summary>A collection's document validator: the filter, its level (strict/moderate/off) and action (error/warn).</summary>
internal sealed class CollectionValidator
{
    private CollectionValidator(BsonDocument validator, QueryFilter filter, string level, string action)
    {
        Validator = validator;
        Filter = filter;
        Level = level;
        Action = action;
    }

    /// <summary>Gets the validator document.</summary>
    public BsonDocument Validator { get; }

    /// <summary>Gets the parsed filter.</summary>
    public QueryFilter Filter { get; }

    /// <summary>Gets the validation level: strict, moderate or off.</summary>
    public string Level { get; }

    /// <summary>Gets the validation action: error or warn.</summary>
    public string Action { get; }

    /// <summary>Builds a validator from collection options; null when there is nothing to validate.</summary>
    /// <param name="validator">The validator document (may be empty).</param>
    /// <param name="level">The validationLevel option, or null for strict.</param>
    /// <param name="action">The validationAction option, or null for error.</param>
    /// <returns>The validator, or null when the validator document is empty.</returns>
    /// <exception cref="MongoServerException">An option is invalid.</exception>
    public static CollectionValidator? Create(BsonDocument? validator, string? level, string? action)
    {
        level ??= "strict";
        action ??= "error";
        if (level is not ("strict" or "moderate" or "off"))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Enumeration value '{level}' for field 'validationLevel' is not a valid value.");
        }

        if (action is not ("error" or "warn" or "errorAndLog"))
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Enumeration value '{action}' for field 'validationAction' is not a valid value.");
        }

        if (validator is null || validator.ElementCount == 0)
        {
            return null;
        }

        foreach (var element in validator)
        {
            if (element.Name is "$near" or "$nearSphere" or "$text" or "$where")
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, $"{element.Name} is not allowed in collection validators");
            }
        }

        return new CollectionValidator(validator, QueryFilter.Parse(validator), level, action);
    }

    /// <summary>Checks a document about to be written.</summary>
    /// <param name="document">The new document.</param>
    /// <param name="previous">The document it replaces (updates), or null (inserts).</param>
    /// <param name="namespace">The collection namespace (for the warning log).</param>
    /// <returns>Null when the write may proceed; else the error to report.</returns>
    public MongoServerException? Check(BsonDocument document, BsonDocument? previous, string @namespace)
    {
        _ = @namespace;
        if (Level == "off")
        {
            return null;
        }

        if (Level == "moderate" && previous is not null && !Filter.Matches(previous))
        {
            return null; // moderate: updates to documents that were already invalid are not checked
        }

        if (Filter.Matches(document))
        {
            return null;
        }

        if (Action == "warn")
        {
            return null;
        }

        var errInfo = new BsonDocument
        {
            { "failingDocumentId", document.GetValue("_id", BsonNull.Value)! },
            { "details", ValidationFailureExplainer.Explain(Validator, document) },
        };
        return new MongoServerException(ErrorCodes.DocumentValidationFailure, "Document failed validation", new BsonDocument("errInfo", errInfo));
    }
}
