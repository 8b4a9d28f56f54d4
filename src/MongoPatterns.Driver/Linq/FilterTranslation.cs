using System.Linq.Expressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// One translation of a predicate body: the document scope of a <see cref="FilterTranslator"/> call, or the item scope
/// of an <c>Any</c>/<c>All</c> predicate (paths relative to the item; the item itself has the empty path).
/// </summary>
internal sealed partial class FilterTranslation
{
    private readonly FieldResolver _fields;
    private readonly bool _isItemScope;

    /// <summary>Creates a translation.</summary>
    /// <param name="fields">Resolves expressions rooted at the lambda parameter.</param>
    /// <param name="isItemScope">Whether the parameter is an array item (inside <c>$elemMatch</c>).</param>
    public FilterTranslation(FieldResolver fields, bool isItemScope)
    {
        _fields = fields;
        _isItemScope = isItemScope;
    }

    /// <summary>Translates a boolean expression.</summary>
    /// <param name="predicate">The expression.</param>
    /// <returns>The filter document.</returns>
    public BsonDocument Translate(Expression predicate)
    {
        if (!DependsOnDocument(predicate))
        {
            return FilterDocuments.Constant(EvaluateBoolean(predicate, predicate));
        }

        switch (predicate.NodeType)
        {
            case ExpressionType.AndAlso:
            case ExpressionType.And when predicate.Type == typeof(bool):
                var and = (BinaryExpression)predicate;
                return FilterDocuments.And(Translate(and.Left), Translate(and.Right));
            case ExpressionType.OrElse:
            case ExpressionType.Or when predicate.Type == typeof(bool):
                var or = (BinaryExpression)predicate;
                return FilterDocuments.Or(Translate(or.Left), Translate(or.Right));
            case ExpressionType.Not when predicate.Type == typeof(bool):
                return FilterDocuments.Not(Translate(((UnaryExpression)predicate).Operand));
            case ExpressionType.Equal:
            case ExpressionType.NotEqual:
            case ExpressionType.LessThan:
            case ExpressionType.LessThanOrEqual:
            case ExpressionType.GreaterThan:
            case ExpressionType.GreaterThanOrEqual:
                var comparison = (BinaryExpression)predicate;
                return TranslateComparison(comparison.NodeType, comparison.Left, comparison.Right, comparison);
            case ExpressionType.Call:
                return TranslateCall((MethodCallExpression)predicate);
            case ExpressionType.MemberAccess when predicate is MemberExpression { Expression: not null } member
                && FieldResolver.IsNullableMember(member.Member, nameof(Nullable<int>.HasValue)):
                var nullable = ResolveField(member.Expression);
                return FilterDocuments.NotEqual(PathOf(nullable, predicate), BsonNull.Value);
            default:
                return TranslateBooleanField(predicate);
        }
    }

    private static bool DependsOnDocument(Expression expression) => ExpressionEvaluator.HasFreeParameters(expression);

    private static object? Evaluate(Expression expression) => ExpressionEvaluator.Evaluate(expression);

    private static bool EvaluateBoolean(Expression expression, Expression source) =>
        Evaluate(expression) switch
        {
            bool value => value,
            null => false,
            _ => throw TranslationErrors.Filter(source, "it is not a boolean"),
        };

    private static ExpressionType Mirror(ExpressionType comparison) =>
        comparison switch
        {
            ExpressionType.LessThan => ExpressionType.GreaterThan,
            ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
            ExpressionType.GreaterThan => ExpressionType.LessThan,
            ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
            _ => comparison,
        };

    private static string OperatorName(ExpressionType comparison) =>
        comparison switch
        {
            ExpressionType.LessThan => "$lt",
            ExpressionType.LessThanOrEqual => "$lte",
            ExpressionType.GreaterThan => "$gt",
            ExpressionType.GreaterThanOrEqual => "$gte",
            ExpressionType.NotEqual => "$ne",
            _ => "$eq",
        };

    private static bool IsBoolean(Type type) => type == typeof(bool) || type == typeof(bool?);

    // x.IsActive, x.Flags[0], or the item itself inside Any: { path: true }.
    private BsonDocument TranslateBooleanField(Expression predicate)
    {
        string? failure = null;
        if (IsBoolean(predicate.Type) && _fields.TryResolve(FieldResolver.StripConversions(predicate), out var field, out failure))
        {
            return FilterDocuments.Equal(PathOf(field, predicate), field.RenderValue(true));
        }

        throw TranslationErrors.Filter(predicate, failure);
    }

    private BsonDocument TranslateComparison(ExpressionType comparison, Expression left, Expression right, Expression source)
    {
        var leftReadsDocument = DependsOnDocument(left);
        var rightReadsDocument = DependsOnDocument(right);
        if (leftReadsDocument && rightReadsDocument)
        {
            // Inside Any/All, a side that reads the outer document gets the more precise message.
            foreach (var side in (ReadOnlySpan<Expression>)[left, right])
            {
                if (_isItemScope && !_fields.TryResolve(FieldResolver.StripConversions(side), out _, out var outerFailure) && outerFailure is not null)
                {
                    throw TranslationErrors.Filter(side, outerFailure);
                }
            }

            throw TranslationErrors.Filter(source, "both sides read the document (comparing two fields needs $expr, which is not supported)");
        }

        if (!leftReadsDocument)
        {
            (left, right) = (right, left);
            comparison = Mirror(comparison);
        }

        left = FieldResolver.StripConversions(left);
        if (TryGetSizeSource(left, out var sizeSource))
        {
            return TranslateSizeComparison(comparison, sizeSource, right, source);
        }

        if (TryGetCaseConversion(left, out var converted, out var toLower))
        {
            return TranslateCaseInsensitiveComparison(comparison, converted, toLower, right, source);
        }

        if (left is MethodCallExpression compareCall && right.Type == typeof(int) && TryGetCompareOperands(compareCall, out var first, out var second))
        {
            if (Evaluate(right) is not 0)
            {
                throw TranslationErrors.Filter(source, "the result of a string comparison can only be compared with 0");
            }

            return TranslateComparison(comparison, first, second, source);
        }

        if (!_fields.TryResolve(left, out var field, out var failure))
        {
            if (failure is null && IsBoolean(left.Type) && comparison is ExpressionType.Equal or ExpressionType.NotEqual)
            {
                // A condition compared with a constant: x.Name.StartsWith("a") == false.
                var predicate = Translate(left);
                return EvaluateBoolean(right, source) == (comparison == ExpressionType.Equal) ? predicate : FilterDocuments.Not(predicate);
            }

            throw TranslationErrors.Filter(left, failure);
        }

        return Compare(field, comparison, Evaluate(right), source);
    }

    private BsonDocument Compare(TranslatedField field, ExpressionType comparison, object? value, Expression source)
    {
        var path = PathOf(field, source);
        var rendered = field.RenderValue(value);
        switch (comparison)
        {
            case ExpressionType.Equal:
                return FilterDocuments.Equal(path, rendered);
            case ExpressionType.NotEqual:
                return FilterDocuments.NotEqual(path, rendered);
            default:
                if (field.IsEnum && rendered is BsonString)
                {
                    throw TranslationErrors.Filter(
                        source, "the enum is stored as strings, which sort by name rather than by value; compare with == or !=, or store the enum as a number");
                }

                return FilterDocuments.Operator(path, OperatorName(comparison), rendered);
        }
    }

    private TranslatedField ResolveField(Expression expression) =>
        _fields.TryResolve(FieldResolver.StripConversions(expression), out var field, out var failure)
            ? field
            : throw TranslationErrors.Filter(expression, failure);

    private string PathOf(TranslatedField field, Expression source)
    {
        if (field.Path.Length == 0 && !_isItemScope)
        {
            throw TranslationErrors.Filter(source, "it uses the whole document; compare one of its members");
        }

        return field.Path;
    }
}
