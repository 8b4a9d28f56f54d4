using System.Text.RegularExpressions;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Storage;

/// <summary>
/// Builds the <c>errInfo.details</c> of a DocumentValidationFailure: which validator rules the document did not
/// satisfy, in MongoDB's shape (<c>operatorName</c>, <c>schemaRulesNotSatisfied</c>, <c>missingProperties</c>, ...).
/// Covers the common <c>$jsonSchema</c> keywords and top-level query clauses; anything else is reported generically.
/// </summary>
internal static class ValidationFailureExplainer
{
    /// <summary>Explains why <paramref name="document"/> fails <paramref name="validator"/>.</summary>
    /// <param name="validator">The validator document.</param>
    /// <param name="document">The rejected document.</param>
    /// <returns>The details document.</returns>
    public static BsonDocument Explain(BsonDocument validator, BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(document);
        var clauses = new List<BsonDocument>();
        var index = 0;
        foreach (var element in validator)
        {
            var clause = new BsonDocument(element.Name, element.Value);
            if (!Matches(clause, document))
            {
                var details = ExplainClause(element, document);
                clauses.Add(validator.ElementCount == 1 ? details : new BsonDocument { { "index", index }, { "details", details } });
            }

            index++;
        }

        if (validator.ElementCount == 1 && clauses.Count == 1)
        {
            return clauses[0];
        }

        return new BsonDocument { { "operatorName", "$and" }, { "clausesNotSatisfied", new BsonArray(clauses) } };
    }

    private static bool Matches(BsonDocument clause, BsonDocument document)
    {
        try
        {
            return QueryFilter.Parse(clause).Matches(document);
        }
        catch (Errors.MongoServerException)
        {
            return false;
        }
    }

    private static BsonDocument ExplainClause(BsonElement element, BsonDocument document)
    {
        if (element.Name == "$jsonSchema" && element.Value is BsonDocument schema)
        {
            return new BsonDocument
            {
                { "operatorName", "$jsonSchema" },
                { "schemaRulesNotSatisfied", new BsonArray(ExplainSchema(schema, document)) },
            };
        }

        if (element.Name.StartsWith('$'))
        {
            return new BsonDocument { { "operatorName", element.Name }, { "specifiedAs", new BsonDocument(element.Name, element.Value) }, { "reason", "expression did not match" } };
        }

        var found = TryGetPath(document, element.Name, out var value);
        var operatorName = element.Value is BsonDocument { ElementCount: > 0 } ops && ops.GetElement(0).Name.StartsWith('$') ? ops.GetElement(0).Name : "$eq";
        var details = new BsonDocument
        {
            { "operatorName", operatorName },
            { "specifiedAs", new BsonDocument(element.Name, element.Value) },
            { "reason", found ? "comparison failed" : "field was missing" },
        };
        if (found)
        {
            details.Add("consideredValue", value!);
        }

        return details;
    }

    private static List<BsonValue> ExplainSchema(BsonDocument schema, BsonValue value)
    {
        var failures = new List<BsonValue>();
        foreach (var keyword in schema)
        {
            var failure = ExplainKeyword(schema, keyword, value);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    private static BsonDocument? ExplainKeyword(BsonDocument schema, BsonElement keyword, BsonValue value)
    {
        var document = value as BsonDocument;
        switch (keyword.Name)
        {
            case "bsonType" or "type":
                if (TypeMatches(keyword.Name, keyword.Value, value))
                {
                    return null;
                }

                return new BsonDocument
                {
                    { "operatorName", keyword.Name },
                    { "specifiedAs", new BsonDocument(keyword.Name, keyword.Value) },
                    { "reason", "type did not match" },
                    { "consideredValue", value },
                    { "consideredType", IndexDefinition.TypeName(value) },
                };
            case "required" when document is not null && keyword.Value is BsonArray required:
                var missing = new BsonArray(required.Where(r => r is BsonString s && !document.Contains(s.Value)));
                return missing.Count == 0
                    ? null
                    : new BsonDocument
                    {
                        { "operatorName", "required" },
                        { "specifiedAs", new BsonDocument("required", required) },
                        { "missingProperties", missing },
                    };
            case "properties" when document is not null && keyword.Value is BsonDocument properties:
                var notSatisfied = new BsonArray();
                foreach (var property in properties)
                {
                    if (property.Value is BsonDocument propertySchema && document.TryGetValue(property.Name, out var propertyValue))
                    {
                        var details = ExplainSchema(propertySchema, propertyValue);
                        if (details.Count > 0)
                        {
                            notSatisfied.Add(new BsonDocument { { "propertyName", property.Name }, { "details", new BsonArray(details) } });
                        }
                    }
                }

                return notSatisfied.Count == 0
                    ? null
                    : new BsonDocument { { "operatorName", "properties" }, { "propertiesNotSatisfied", notSatisfied } };
            case "additionalProperties" when document is not null && keyword.Value is BsonBoolean { Value: false }:
                var allowed = schema.TryGetValue("properties", out var p) && p is BsonDocument pd ? pd.Names.ToHashSet(StringComparer.Ordinal) : [];
                var extra = new BsonArray(document.Names.Where(n => !allowed.Contains(n)).Select(n => (BsonValue)n));
                return extra.Count == 0
                    ? null
                    : new BsonDocument
                    {
                        { "operatorName", "additionalProperties" },
                        { "specifiedAs", new BsonDocument("additionalProperties", false) },
                        { "additionalProperties", extra },
                    };
            case "minimum" or "maximum" when value.IsNumeric && keyword.Value.IsNumeric:
                var comparison = BsonValueComparer.Instance.Compare(value, keyword.Value);
                var exclusive = schema.TryGetValue(keyword.Name == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum", out var ex) && ex.ToBoolean();
                var ok = keyword.Name == "minimum" ? (exclusive ? comparison > 0 : comparison >= 0) : (exclusive ? comparison < 0 : comparison <= 0);
                return ok ? null : Comparison(keyword, value);
            case "minLength" or "maxLength" when value is BsonString text && keyword.Value.IsNumeric:
                var length = text.Value.EnumerateRunes().Count();
                var lengthOk = keyword.Name == "minLength" ? length >= keyword.Value.ToDouble() : length <= keyword.Value.ToDouble();
                return lengthOk ? null : Comparison(keyword, value);
            case "minItems" or "maxItems" when value is BsonArray items && keyword.Value.IsNumeric:
                var itemsOk = keyword.Name == "minItems" ? items.Count >= keyword.Value.ToDouble() : items.Count <= keyword.Value.ToDouble();
                return itemsOk ? null : Comparison(keyword, value);
            case "enum" when keyword.Value is BsonArray choices:
                return choices.Any(c => BsonValueComparer.Instance.Equals(c, value) && c.BsonType == value.BsonType) || choices.Contains(value)
                    ? null
                    : new BsonDocument { { "operatorName", "enum" }, { "specifiedAs", new BsonDocument("enum", choices) }, { "reason", "value was not found in enum" }, { "consideredValue", value } };
            case "pattern" when value is BsonString patternText && keyword.Value is BsonString pattern:
                return Regex.IsMatch(patternText.Value, pattern.Value, RegexOptions.None, TimeSpan.FromSeconds(1))
                    ? null
                    : new BsonDocument { { "operatorName", "pattern" }, { "specifiedAs", new BsonDocument("pattern", pattern) }, { "reason", "regular expression did not match" }, { "consideredValue", value } };
            case "items" when value is BsonArray array && keyword.Value is BsonDocument itemSchema:
                var itemFailures = new BsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    var details = ExplainSchema(itemSchema, array[i]);
                    if (details.Count > 0)
                    {
                        itemFailures.Add(new BsonDocument { { "itemIndex", i }, { "details", new BsonArray(details) } });
                    }
                }

                return itemFailures.Count == 0
                    ? null
                    : new BsonDocument { { "operatorName", "items" }, { "reason", "At least one item did not match the sub-schema" }, { "details", itemFailures } };
            default:
                return null;
        }
    }

    private static BsonDocument Comparison(BsonElement keyword, BsonValue value) => new()
    {
        { "operatorName", keyword.Name },
        { "specifiedAs", new BsonDocument(keyword.Name, keyword.Value) },
        { "reason", keyword.Name.Contains("Length", StringComparison.Ordinal) ? "specified string length was not satisfied" : keyword.Name.Contains("Items", StringComparison.Ordinal) ? "array did not match specified length" : "comparison failed" },
        { "consideredValue", value },
    };

    private static bool TypeMatches(string keyword, BsonValue spec, BsonValue value)
    {
        IEnumerable<BsonValue> names = spec is BsonArray array ? array : [spec];
        foreach (var name in names)
        {
            if (name is BsonString { Value: var typeName } && TypeNameMatches(keyword, typeName, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeNameMatches(string keyword, string typeName, BsonValue value)
    {
        if (typeName == "number")
        {
            return value.IsNumeric;
        }

        if (keyword == "type")
        {
            return typeName switch
            {
                "object" => value is BsonDocument,
                "array" => value is BsonArray,
                "string" => value is BsonString,
                "boolean" => value is BsonBoolean,
                "null" => value is BsonNull,
                _ => false,
            };
        }

        return IndexDefinition.TypeName(value) == typeName;
    }

    private static bool TryGetPath(BsonDocument document, string path, out BsonValue? value)
    {
        BsonValue current = document;
        foreach (var part in path.Split('.'))
        {
            if (current is BsonDocument d && d.TryGetValue(part, out var next))
            {
                current = next;
            }
            else
            {
                value = null;
                return false;
            }
        }

        value = current;
        return true;
    }
}
