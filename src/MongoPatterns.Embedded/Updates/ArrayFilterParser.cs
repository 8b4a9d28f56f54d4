using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>Parses the <c>arrayFilters</c> option: one filter per identifier used by <c>$[identifier]</c>.</summary>
internal static class ArrayFilterParser
{
    /// <summary>Parses the filters.</summary>
    /// <param name="arrayFilters">The option value.</param>
    /// <param name="context">Ambient values.</param>
    /// <returns>The filters by identifier; each matches a document <c>{identifier: element}</c>.</returns>
    public static Dictionary<string, QueryFilter> Parse(BsonArray? arrayFilters, QueryContext context)
    {
        var result = new Dictionary<string, QueryFilter>(StringComparer.Ordinal);
        if (arrayFilters is null)
        {
            return result;
        }

        foreach (var item in arrayFilters)
        {
            if (item is not BsonDocument filter)
            {
                throw new MongoServerException(ErrorCodes.TypeMismatch, $"Each array filter must be an object, found {BsonTypeNames.NameOf(item.BsonType)}");
            }

            string? identifier = null;
            CollectIdentifier(filter, ref identifier);
            if (identifier is null)
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, "Cannot use an expression without a top-level field name in arrayFilters");
            }

            if (!IsValidIdentifier(identifier))
            {
                throw new MongoServerException(
                    ErrorCodes.BadValue,
                    $"Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '{identifier}'");
            }

            if (result.ContainsKey(identifier))
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"Found multiple array filters with the same top-level field name {identifier}");
            }

            result[identifier] = QueryFilter.Parse(filter, context);
        }

        return result;
    }

    private static void CollectIdentifier(BsonDocument filter, ref string? identifier)
    {
        foreach (var element in filter)
        {
            if (element.Name is "$and" or "$or" or "$nor")
            {
                if (element.Value is BsonArray clauses)
                {
                    foreach (var clause in clauses)
                    {
                        if (clause is BsonDocument document)
                        {
                            CollectIdentifier(document, ref identifier);
                        }
                    }
                }

                continue;
            }

            if (element.Name.StartsWith('$'))
            {
                continue;
            }

            var dot = element.Name.IndexOf('.', StringComparison.Ordinal);
            var name = dot < 0 ? element.Name : element.Name[..dot];
            if (identifier is not null && identifier != name)
            {
                throw new MongoServerException(
                    ErrorCodes.FailedToParse,
                    $"Error parsing array filter :: caused by :: Expected a single top-level field name, found '{identifier}' and '{name}'");
            }

            identifier = name;
        }
    }

    private static bool IsValidIdentifier(string identifier)
    {
        if (identifier.Length == 0 || identifier[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in identifier)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
