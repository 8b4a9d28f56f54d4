using System.Globalization;
using MongoPatterns.Bson;
using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// Matches expected values of the unified test format against actual values ("Evaluating Matches"): root-level
/// documents may hold extra fields, nested ones may not, arrays must have the same length, 32-bit, 64-bit and double
/// numbers compare by value, and the special operators (<c>$$exists</c>, <c>$$type</c>, <c>$$unsetOrMatches</c>,
/// <c>$$matchesEntity</c>, <c>$$sessionLsid</c>, <c>$$lte</c>, <c>$$matchAsDocument</c>, <c>$$matchAsRoot</c>,
/// <c>$$matchesHexBytes</c>) apply. A mismatch throws an <see cref="XunitException"/> naming the path.
/// </summary>
internal sealed class UnifiedValueMatcher
{
    private readonly UnifiedEntityMap _entities;

    /// <summary>Creates a matcher that resolves <c>$$matchesEntity</c> and <c>$$sessionLsid</c> through the entity map.</summary>
    public UnifiedValueMatcher(UnifiedEntityMap entities) => _entities = entities;

    /// <summary>Asserts that an actual value matches an expected value.</summary>
    /// <param name="expected">The expected value from the test file.</param>
    /// <param name="actual">The actual value; <see langword="null"/> when there is none.</param>
    /// <param name="isRoot">Whether a document at this level is a root-level document (extra fields allowed).</param>
    /// <param name="rootElements">Whether the elements of an expected array are root-level documents (find, aggregate results).</param>
    /// <param name="path">The path shown in failure messages.</param>
    public void AssertMatches(BsonValue expected, BsonValue? actual, bool isRoot, bool rootElements = false, string path = "result")
    {
        ArgumentNullException.ThrowIfNull(expected);
        Match(expected, actual, isRoot, rootElements, path);
    }

    /// <summary>Asserts that two documents are equal up to key order (the outcome comparison: no extra fields anywhere).</summary>
    public static void AssertExactlyEqual(BsonValue expected, BsonValue? actual, string path)
    {
        switch (expected)
        {
            case BsonDocument expectedDocument:
                if (actual is not BsonDocument actualDocument)
                {
                    throw Mismatch(path, expected, actual, "expected a document");
                }

                foreach (var element in expectedDocument)
                {
                    if (!actualDocument.TryGetValue(element.Name, out var value))
                    {
                        throw Mismatch(path, expected, actual, $"field '{element.Name}' is missing");
                    }

                    AssertExactlyEqual(element.Value, value, $"{path}.{element.Name}");
                }

                foreach (var name in actualDocument.Names)
                {
                    if (!expectedDocument.Contains(name))
                    {
                        throw Mismatch(path, expected, actual, $"unexpected field '{name}'");
                    }
                }

                return;
            case BsonArray expectedArray:
                if (actual is not BsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    throw Mismatch(path, expected, actual, "expected an array of the same length");
                }

                for (var index = 0; index < expectedArray.Count; index++)
                {
                    AssertExactlyEqual(expectedArray[index], actualArray[index], $"{path}[{index}]");
                }

                return;
            default:
                if (actual is null || !ScalarsEqual(expected, actual))
                {
                    throw Mismatch(path, expected, actual, "values differ");
                }

                return;
        }
    }

    /// <summary>Whether a value is a single-key document whose key is a <c>$$</c> operator.</summary>
    public static bool IsSpecialOperator(BsonValue value, out string name, out BsonValue argument)
    {
        if (value is BsonDocument { ElementCount: 1 } document && document.GetElement(0) is var element && element.Name.StartsWith("$$", StringComparison.Ordinal))
        {
            name = element.Name;
            argument = element.Value;
            return true;
        }

        name = string.Empty;
        argument = BsonNull.Value;
        return false;
    }

    /// <summary>Compares two scalars: numbers (other than Decimal128) by value, everything else by type and value.</summary>
    public static bool ScalarsEqual(BsonValue expected, BsonValue actual)
    {
        if (IsFlexibleNumber(expected) && IsFlexibleNumber(actual))
        {
            return CompareNumbers(expected, actual) == 0;
        }

        return expected.Equals(actual);
    }

    private static bool IsFlexibleNumber(BsonValue value) => value.BsonType is BsonType.Int32 or BsonType.Int64 or BsonType.Double;

    private static int CompareNumbers(BsonValue left, BsonValue right)
    {
        if (left.BsonType != BsonType.Double && right.BsonType != BsonType.Double)
        {
            return left.ToInt64().CompareTo(right.ToInt64());
        }

        return left.ToDouble().CompareTo(right.ToDouble());
    }

    private void Match(BsonValue expected, BsonValue? actual, bool isRoot, bool rootElements, string path)
    {
        if (IsSpecialOperator(expected, out var operatorName, out var argument))
        {
            MatchOperator(operatorName, argument, actual, isRoot, rootElements, path);
            return;
        }

        switch (expected)
        {
            case BsonDocument expectedDocument:
                MatchDocument(expectedDocument, actual, isRoot, path);
                return;
            case BsonArray expectedArray:
                if (actual is not BsonArray actualArray)
                {
                    throw Mismatch(path, expected, actual, "expected an array");
                }

                if (actualArray.Count != expectedArray.Count)
                {
                    throw Mismatch(path, expected, actual, $"expected {expectedArray.Count} elements, got {actualArray.Count}");
                }

                for (var index = 0; index < expectedArray.Count; index++)
                {
                    Match(expectedArray[index], actualArray[index], rootElements, false, $"{path}[{index}]");
                }

                return;
            default:
                if (actual is null)
                {
                    throw Mismatch(path, expected, actual, "the value is missing");
                }

                if (!ScalarsEqual(expected, actual))
                {
                    throw Mismatch(path, expected, actual, "values differ");
                }

                return;
        }
    }

    private void MatchDocument(BsonDocument expected, BsonValue? actual, bool isRoot, string path)
    {
        if (actual is not BsonDocument actualDocument)
        {
            throw Mismatch(path, expected, actual, "expected a document");
        }

        foreach (var element in expected)
        {
            var fieldPath = $"{path}.{element.Name}";
            var present = actualDocument.TryGetValue(element.Name, out var actualValue);
            if (IsSpecialOperator(element.Value, out var operatorName, out var argument))
            {
                if (operatorName == "$$exists")
                {
                    if (argument.ToBoolean() != present)
                    {
                        throw Mismatch(fieldPath, element.Value, actualValue, argument.ToBoolean() ? "the field should exist" : "the field should not exist");
                    }

                    continue;
                }

                MatchOperator(operatorName, argument, present ? actualValue : null, false, false, fieldPath);
                continue;
            }

            if (!present)
            {
                throw Mismatch(path, expected, actual, $"field '{element.Name}' is missing");
            }

            Match(element.Value, actualValue, false, false, fieldPath);
        }

        if (!isRoot)
        {
            foreach (var name in actualDocument.Names)
            {
                if (!expected.Contains(name))
                {
                    throw Mismatch(path, expected, actual, $"unexpected field '{name}' in a nested document");
                }
            }
        }
    }

    private void MatchOperator(string name, BsonValue argument, BsonValue? actual, bool isRoot, bool rootElements, string path)
    {
        switch (name)
        {
            case "$$unsetOrMatches":
                if (actual is not null)
                {
                    Match(argument, actual, isRoot, rootElements, path);
                }

                return;
            case "$$type":
                var types = argument is BsonArray list ? list.Select(t => t.AsString).ToArray() : [argument.AsString];
                if (actual is null || !types.Any(type => HasType(actual, type)))
                {
                    throw Mismatch(path, new BsonDocument(name, argument), actual, $"expected type {string.Join(" or ", types)}");
                }

                return;
            case "$$exists":
                throw new InvalidOperationException($"$$exists can only be the value of a field ({path}).");
            case "$$matchesEntity":
                Match(_entities.GetBsonValue(argument.AsString), actual, isRoot, rootElements, path);
                return;
            case "$$sessionLsid":
                var lsid = _entities.GetSessionLsid(argument.AsString);
                if (actual is null || !lsid.Equals(actual))
                {
                    throw Mismatch(path, lsid, actual, $"expected the lsid of session '{argument.AsString}'");
                }

                return;
            case "$$lte":
                if (actual is null || !actual.IsNumeric || !argument.IsNumeric || CompareNumbers(actual, argument) > 0)
                {
                    throw Mismatch(path, new BsonDocument(name, argument), actual, $"expected a number <= {argument}");
                }

                return;
            case "$$matchAsDocument":
                if (actual is not BsonString json)
                {
                    throw Mismatch(path, new BsonDocument(name, argument), actual, "expected an Extended JSON string");
                }

                Match(argument, BsonDocument.Parse(json.Value), false, false, path);
                return;
            case "$$matchAsRoot":
                Match(argument, actual, true, rootElements, path);
                return;
            case "$$matchesHexBytes":
                var bytes = Convert.FromHexString(argument.AsString);
                if (actual is not BsonBinaryData binary || !binary.Bytes.Span.SequenceEqual(bytes))
                {
                    throw Mismatch(path, new BsonDocument(name, argument), actual, "expected these bytes");
                }

                return;
            default:
                throw new NotSupportedException($"The special matching operator {name} is not supported ({path}).");
        }
    }

    private static bool HasType(BsonValue value, string type) => type switch
    {
        "double" => value.BsonType == BsonType.Double,
        "string" => value.BsonType == BsonType.String,
        "object" => value.BsonType == BsonType.Document,
        "array" => value.BsonType == BsonType.Array,
        "binData" => value.BsonType == BsonType.Binary,
        "undefined" => value.BsonType == BsonType.Undefined,
        "objectId" => value.BsonType == BsonType.ObjectId,
        "bool" => value.BsonType == BsonType.Boolean,
        "date" => value.BsonType == BsonType.DateTime,
        "null" => value.BsonType == BsonType.Null,
        "regex" => value.BsonType == BsonType.RegularExpression,
        "dbPointer" => value.BsonType == BsonType.DbPointer,
        "javascript" => value.BsonType == BsonType.JavaScript,
        "symbol" => value.BsonType == BsonType.Symbol,
        "javascriptWithScope" => value.BsonType == BsonType.JavaScriptWithScope,
        "int" => value.BsonType == BsonType.Int32,
        "timestamp" => value.BsonType == BsonType.Timestamp,
        "long" => value.BsonType == BsonType.Int64,
        "decimal" => value.BsonType == BsonType.Decimal128,
        "minKey" => value.BsonType == BsonType.MinKey,
        "maxKey" => value.BsonType == BsonType.MaxKey,
        "number" => value.IsNumeric,
        _ => throw new NotSupportedException($"Unknown $$type name '{type}'."),
    };

    private static XunitException Mismatch(string path, BsonValue expected, BsonValue? actual, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}: {reason}.{Environment.NewLine}  expected: {expected}{Environment.NewLine}  actual:   {(actual is null ? "(missing)" : actual.ToString())}"));
}
