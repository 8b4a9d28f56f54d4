using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Linq;

/// <summary>String methods: pattern matches, case-insensitive comparisons, null-or-empty checks and ordering through CompareTo.</summary>
internal sealed partial class FilterTranslation
{
    private BsonDocument TranslateCall(MethodCallExpression call)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(string))
        {
            return TranslateStringMethod(call);
        }

        switch (method.Name)
        {
            case nameof(Equals) when call.Object is not null && call.Arguments.Count == 1:
                return TranslateComparison(ExpressionType.Equal, call.Object, call.Arguments[0], call);
            case nameof(Equals) when call.Object is null && method.DeclaringType == typeof(object) && call.Arguments.Count == 2:
                return TranslateComparison(ExpressionType.Equal, call.Arguments[0], call.Arguments[1], call);
            case nameof(Enumerable.Contains):
                return TranslateContains(call);
            case nameof(IDictionary<string, object>.ContainsKey) when call.Object is not null && call.Arguments.Count == 1:
                return TranslateContainsKey(call);
            case nameof(Enumerable.Any) when method.DeclaringType == typeof(Enumerable):
                return TranslateAny(call);
            case nameof(Enumerable.All) when method.DeclaringType == typeof(Enumerable):
                return TranslateAll(call);
            default:
                throw TranslationErrors.Filter(call);
        }
    }

    private BsonDocument TranslateStringMethod(MethodCallExpression call)
    {
        switch (call.Method.Name)
        {
            case nameof(string.StartsWith) or nameof(string.EndsWith) or nameof(string.Contains) when call.Object is not null:
                return TranslateStringMatch(call, call.Object);
            case nameof(string.Equals):
                return TranslateStringEquals(call);
            case nameof(string.IsNullOrEmpty) when call.Arguments.Count == 1:
                var field = ResolveField(call.Arguments[0]);
                return FilterDocuments.Operator(PathOf(field, call), "$in", new BsonArray { BsonNull.Value, BsonString.Empty });
            case nameof(string.IsNullOrWhiteSpace) when call.Arguments.Count == 1:
                var whiteSpaceField = ResolveField(call.Arguments[0]);
                return FilterDocuments.Operator(PathOf(whiteSpaceField, call), "$in", new BsonArray { BsonNull.Value, RegexPatterns.WhiteSpaceOnly() });
            default:
                throw TranslationErrors.Filter(call);
        }
    }

    // x.Name.StartsWith("a"), x.Name.ToLower().Contains("b"), x.Name.EndsWith("c", StringComparison.OrdinalIgnoreCase).
    private BsonDocument TranslateStringMatch(MethodCallExpression call, Expression receiver)
    {
        if (!DependsOnDocument(receiver))
        {
            throw TranslationErrors.Filter(call, "the string searched must be a member of the document, and the text looked for a value");
        }

        var ignoreCase = false;
        bool? toLower = null;
        if (TryGetCaseConversion(FieldResolver.StripConversions(receiver), out var inner, out var lower))
        {
            receiver = inner;
            toLower = lower;
            ignoreCase = true;
        }

        var field = ResolveField(receiver);
        var argument = call.Arguments[0];
        if (DependsOnDocument(argument))
        {
            throw TranslationErrors.Filter(call, "the text looked for must be computed on the client, not read from the document");
        }

        var text = Evaluate(argument) switch
        {
            string value => value,
            char character => character.ToString(),
            _ => throw new ArgumentException($"The text looked for in '{call}' is null."),
        };
        if (call.Arguments.Count > 1)
        {
            ignoreCase |= Evaluate(call.Arguments[1]) switch
            {
                StringComparison comparison => IsIgnoreCase(comparison),
                bool ignore => ignore,
                _ => false,
            };
        }

        if (toLower is { } expectLower && !HasCase(text, expectLower))
        {
            return FilterDocuments.MatchNone();
        }

        var pattern = call.Method.Name switch
        {
            nameof(string.StartsWith) => RegexPatterns.StartsWith(text, ignoreCase),
            nameof(string.EndsWith) => RegexPatterns.EndsWith(text, ignoreCase),
            _ => RegexPatterns.Contains(text, ignoreCase),
        };
        return new BsonDocument(PathOf(field, call), pattern);
    }

    // string.Equals(a, b), a.Equals(b), and the forms with a StringComparison.
    private BsonDocument TranslateStringEquals(MethodCallExpression call)
    {
        List<Expression> operands = call.Object is null ? [.. call.Arguments] : [call.Object, .. call.Arguments];
        if (operands.Count is < 2 or > 3)
        {
            throw TranslationErrors.Filter(call);
        }

        var ignoreCase = operands.Count == 3 && Evaluate(operands[2]) is StringComparison comparison && IsIgnoreCase(comparison);
        if (!ignoreCase)
        {
            return TranslateComparison(ExpressionType.Equal, operands[0], operands[1], call);
        }

        var (fieldSide, valueSide) = DependsOnDocument(operands[0]) ? (operands[0], operands[1]) : (operands[1], operands[0]);
        if (DependsOnDocument(valueSide))
        {
            throw TranslationErrors.Filter(call, "both sides read the document (comparing two fields needs $expr, which is not supported)");
        }

        var field = ResolveField(fieldSide);
        return Evaluate(valueSide) is string text
            ? new BsonDocument(PathOf(field, call), RegexPatterns.Exactly(text, ignoreCase: true))
            : Compare(field, ExpressionType.Equal, null, call);
    }

    // x.Name.ToLower() == "abc" → { name: /^abc\z/i }.
    private BsonDocument TranslateCaseInsensitiveComparison(ExpressionType comparison, Expression receiver, bool toLower, Expression right, Expression source)
    {
        if (comparison is not (ExpressionType.Equal or ExpressionType.NotEqual))
        {
            throw TranslationErrors.Filter(source, "the result of ToLower()/ToUpper() can only be compared with == or !=");
        }

        var field = ResolveField(receiver);
        if (Evaluate(right) is not string text)
        {
            return Compare(field, comparison, null, source);
        }

        var equal = HasCase(text, toLower)
            ? new BsonDocument(PathOf(field, source), RegexPatterns.Exactly(text, ignoreCase: true))
            : FilterDocuments.MatchNone();
        return comparison == ExpressionType.Equal ? equal : FilterDocuments.Not(equal);
    }

    private static bool TryGetCaseConversion(Expression expression, [NotNullWhen(true)] out Expression? receiver, out bool toLower)
    {
        if (expression is MethodCallExpression { Object: { } target } call && call.Method.DeclaringType == typeof(string))
        {
            switch (call.Method.Name)
            {
                case nameof(string.ToLower) or nameof(string.ToLowerInvariant):
                    (receiver, toLower) = (target, true);
                    return true;
                case nameof(string.ToUpper) or nameof(string.ToUpperInvariant):
                    (receiver, toLower) = (target, false);
                    return true;
            }
        }

        (receiver, toLower) = (null, false);
        return false;
    }

    // x.Name.CompareTo(v), string.Compare(x.Name, v), string.CompareOrdinal(x.Name, v), compared with 0.
    private static bool TryGetCompareOperands(MethodCallExpression call, [NotNullWhen(true)] out Expression? first, [NotNullWhen(true)] out Expression? second)
    {
        var method = call.Method;
        if (method.Name == nameof(string.CompareTo) && call.Object is not null && call.Arguments.Count == 1)
        {
            (first, second) = (call.Object, call.Arguments[0]);
            return true;
        }

        if (method.DeclaringType == typeof(string) && method.Name is nameof(string.Compare) or nameof(string.CompareOrdinal)
            && call.Arguments.Count == 2 && call.Arguments[0].Type == typeof(string))
        {
            (first, second) = (call.Arguments[0], call.Arguments[1]);
            return true;
        }

        (first, second) = (null, null);
        return false;
    }

    private static bool IsIgnoreCase(StringComparison comparison) =>
        comparison is StringComparison.OrdinalIgnoreCase or StringComparison.CurrentCultureIgnoreCase or StringComparison.InvariantCultureIgnoreCase;

    private static bool HasCase(string text, bool lower) =>
        string.Equals(text, lower ? text.ToLowerInvariant() : text.ToUpperInvariant(), StringComparison.Ordinal);
}
