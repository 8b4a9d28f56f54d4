using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>Collections: Contains in both directions, Any, All, sizes and dictionary keys.</summary>
internal sealed partial class FilterTranslation
{
    private BsonDocument TranslateContains(MethodCallExpression call)
    {
        var method = call.Method;
        var arguments = call.Arguments;
        Expression source;
        Expression item;
        if (method.DeclaringType == typeof(Enumerable) && arguments.Count == 2)
        {
            (source, item) = (arguments[0], arguments[1]);
        }
        else if (method.DeclaringType == typeof(MemoryExtensions) && arguments.Count is 2 or 3)
        {
            // C# 14 binds array.Contains(x) to MemoryExtensions.Contains(ReadOnlySpan<T>, T) through an implicit span conversion.
            if (arguments.Count == 3 && (DependsOnDocument(arguments[2]) || Evaluate(arguments[2]) is not null))
            {
                throw TranslationErrors.Filter(call, "a custom equality comparer cannot be translated");
            }

            (source, item) = (UnwrapSpan(arguments[0]), arguments[1]);
        }
        else if (call.Object is not null && arguments.Count == 1 && typeof(IEnumerable).IsAssignableFrom(call.Object.Type))
        {
            (source, item) = (call.Object, arguments[0]);
        }
        else
        {
            throw TranslationErrors.Filter(call);
        }

        var sourceReadsDocument = DependsOnDocument(source);
        var itemReadsDocument = DependsOnDocument(item);
        if (sourceReadsDocument && itemReadsDocument)
        {
            throw TranslationErrors.Filter(call, "both the collection and the item read the document (comparing two fields needs $expr, which is not supported)");
        }

        if (sourceReadsDocument)
        {
            // x.Tags.Contains("a") → { tags: "a" }: a value compared with an array matches any item.
            var itemField = ItemFieldOf(source);
            return FilterDocuments.Equal(PathOf(itemField, call), itemField.RenderValue(Evaluate(item)));
        }

        // ids.Contains(x.Id) → { _id: { $in: [...] } }.
        var field = ResolveField(item);
        var values = Evaluate(source) as IEnumerable ?? throw TranslationErrors.Filter(source, "the collection is null");
        return FilterDocuments.In(PathOf(field, call), field.RenderValues(values));
    }

    private BsonDocument TranslateContainsKey(MethodCallExpression call)
    {
        var dictionary = ResolveField(call.Object!);
        var argument = call.Arguments[0];
        if (dictionary.FieldSerializer is not IBsonDictionarySerializer || dictionary.FieldSerializer is not IBsonDocumentSerializer entries || DependsOnDocument(argument))
        {
            throw TranslationErrors.Filter(call, "only a dictionary stored as a document can be searched for a key computed on the client");
        }

        var key = Evaluate(argument) as string;
        FieldResolver.ValidateKey(key);
        entries.TryGetMemberSerializationInfo(key, out var entry);
        var path = dictionary.Append(entry?.ElementName ?? key);
        return FilterDocuments.Operator(path, "$exists", BsonBoolean.True);
    }

    private BsonDocument TranslateAny(MethodCallExpression call)
    {
        var source = call.Arguments[0];
        if (call.Arguments.Count == 2)
        {
            return TranslateAnyMatch(source, PredicateOf(call.Arguments[1], call), call);
        }

        // x.Items.Where(p).Any() is x.Items.Any(p).
        if (source is MethodCallExpression { Method.Name: nameof(Enumerable.Where) } where && where.Method.DeclaringType == typeof(Enumerable)
            && StripQuote(where.Arguments[1]) is LambdaExpression { Parameters.Count: 1 } wherePredicate)
        {
            return TranslateAnyMatch(where.Arguments[0], wherePredicate, call);
        }

        return NotEmpty(ItemFieldOf(source), call);
    }

    private BsonDocument TranslateAnyMatch(Expression source, LambdaExpression predicate, Expression call)
    {
        if (!DependsOnDocument(source))
        {
            // values.Any(v => x.Name.StartsWith(v)): one condition per client value.
            return FilterDocuments.Or(EnumerateClientValues(source).Select(value => Translate(Bind(predicate, value))));
        }

        var itemField = ItemFieldOf(source);
        var condition = TranslateItemCondition(itemField, predicate);
        if (FilterDocuments.MatchesNone(condition))
        {
            return condition;
        }

        return FilterDocuments.MatchesAll(condition)
            ? NotEmpty(itemField, call)
            : FilterDocuments.Operator(PathOf(itemField, call), "$elemMatch", ToElemMatch(condition, predicate));
    }

    private BsonDocument TranslateAll(MethodCallExpression call)
    {
        var source = call.Arguments[0];
        var predicate = PredicateOf(call.Arguments[1], call);
        if (!DependsOnDocument(source))
        {
            return FilterDocuments.And(EnumerateClientValues(source).Select(value => Translate(Bind(predicate, value))));
        }

        var itemField = ItemFieldOf(source);
        var condition = TranslateItemCondition(itemField, predicate);
        if (FilterDocuments.MatchesAll(condition))
        {
            return condition;
        }

        // No item fails the predicate; with a predicate that never holds, the array must be empty or missing.
        var failing = FilterDocuments.Not(condition);
        return FilterDocuments.MatchesAll(failing)
            ? FilterDocuments.Not(NotEmpty(itemField, call))
            : FilterDocuments.Operator(PathOf(itemField, call), "$not", new BsonDocument("$elemMatch", ToElemMatch(failing, predicate)));
    }

    private static BsonDocument TranslateItemCondition(TranslatedField itemField, LambdaExpression predicate)
    {
        var itemScope = new FieldResolver(predicate.Parameters[0], itemField with { Path = string.Empty });
        return new FilterTranslation(itemScope, isItemScope: true).Translate(predicate.Body);
    }

    // Count/Length of an array compared with a number.
    private BsonDocument TranslateSizeComparison(ExpressionType comparison, Expression source, Expression right, Expression call)
    {
        var itemField = ItemFieldOf(source);
        var path = PathOf(itemField, call);
        var size = Evaluate(right) switch
        {
            null => throw TranslationErrors.Filter(call, "the size is compared with null"),
            var number => Convert.ToInt64(number, CultureInfo.InvariantCulture),
        };
        if (comparison is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            var equal = size is < 0 or > int.MaxValue
                ? FilterDocuments.MatchNone()
                : FilterDocuments.Operator(path, "$size", (int)size);
            return comparison == ExpressionType.Equal ? equal : FilterDocuments.Not(equal);
        }

        // Count > n ⇔ index n exists; Count >= n ⇔ index n - 1 exists; < and <= are their negations.
        var (index, exists) = comparison switch
        {
            ExpressionType.GreaterThan => (size, true),
            ExpressionType.GreaterThanOrEqual => (size - 1, true),
            ExpressionType.LessThan => (size - 1, false),
            _ => (size, false),
        };
        if (index < 0)
        {
            return FilterDocuments.Constant(exists);
        }

        if (path.Length == 0)
        {
            throw TranslationErrors.Filter(call, "only == and != can compare the size of an array item that is itself an array");
        }

        return FilterDocuments.Operator(path + "." + index.ToString(CultureInfo.InvariantCulture), "$exists", exists);
    }

    private static bool TryGetSizeSource(Expression expression, [NotNullWhen(true)] out Expression? source)
    {
        switch (expression)
        {
            case UnaryExpression { NodeType: ExpressionType.ArrayLength } length:
                source = length.Operand;
                return true;
            case MemberExpression { Member.Name: "Count" or "Length", Expression: { } collection }
                when collection.Type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(collection.Type):
                source = collection;
                return true;
            case MethodCallExpression { Method.Name: nameof(Enumerable.Count) or nameof(Enumerable.LongCount), Arguments.Count: 1 } count
                when count.Method.DeclaringType == typeof(Enumerable):
                source = count.Arguments[0];
                return true;
            default:
                source = null;
                return false;
        }
    }

    private TranslatedField ItemFieldOf(Expression source)
    {
        var field = ResolveField(source);
        return field.ItemField ?? throw TranslationErrors.Filter(source, "it is not stored as an array");
    }

    // { f: { $type: "array", $ne: [] } }: a non-empty array (a stored null or a missing field does not match).
    private BsonDocument NotEmpty(TranslatedField arrayField, Expression source) =>
        new(PathOf(arrayField, source), new BsonDocument { { "$type", "array" }, { "$ne", new BsonArray() } });

    // Conditions on the item itself ({ "": ... }) become the operators of $elemMatch; conditions on item members stay as they are.
    private static BsonDocument ToElemMatch(BsonDocument condition, LambdaExpression predicate)
    {
        if (!UsesItemItself(condition))
        {
            return condition;
        }

        if (condition.ElementCount == 1 && condition.GetElement(0) is { Name.Length: 0, Value: var value })
        {
            return value switch
            {
                BsonDocument operators when FilterDocuments.IsOperatorDocument(operators) => operators,
                BsonRegularExpression pattern => new BsonDocument("$regex", pattern),
                _ => new BsonDocument("$eq", value),
            };
        }

        throw TranslationErrors.Filter(
            predicate, "conditions on array items that are not documents can only be combined with && ($elemMatch on values has no $or)");
    }

    private static bool UsesItemItself(BsonDocument condition) =>
        condition.Any(static element => element.Name.Length == 0
            || (element.Name is "$and" or "$or" or "$nor" && element.Value is BsonArray parts && parts.OfType<BsonDocument>().Any(UsesItemItself)));

    private static LambdaExpression PredicateOf(Expression argument, Expression call) =>
        StripQuote(argument) as LambdaExpression is { Parameters.Count: 1 } lambda && lambda.Body.Type == typeof(bool)
            ? lambda
            : throw TranslationErrors.Filter(call, "the predicate must be a lambda written in the query");

    private static Expression StripQuote(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;

    private static Expression UnwrapSpan(Expression expression)
    {
        while (true)
        {
            switch (expression)
            {
                case MethodCallExpression { Method.Name: "op_Implicit" or nameof(MemoryExtensions.AsSpan), Arguments.Count: 1 } conversion:
                    expression = conversion.Arguments[0];
                    continue;
                case UnaryExpression { NodeType: ExpressionType.Convert } convert when convert.Operand.Type.IsArray:
                    expression = convert.Operand;
                    continue;
                default:
                    return expression;
            }
        }
    }

    private static IEnumerable<object?> EnumerateClientValues(Expression source)
    {
        var values = Evaluate(source) as IEnumerable ?? throw TranslationErrors.Filter(source, "the collection is null");
        return values.Cast<object?>();
    }

    private static Expression Bind(LambdaExpression predicate, object? value) =>
        new ParameterReplacer(predicate.Parameters[0], Expression.Constant(value, predicate.Parameters[0].Type)).Visit(predicate.Body);
}
