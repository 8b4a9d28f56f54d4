using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Follows an expression rooted at a lambda parameter down to a stored field, asking the serializers at each step for
/// the element name (<see cref="IBsonDocumentSerializer"/>) or the item serializer (<see cref="IBsonArraySerializer"/>).
/// </summary>
/// <remarks>
/// Understood: member access (<c>x.Address.City</c>); array items by an index computed on the client
/// (<c>x.Tags[0]</c>, <c>x.Items[i]</c>, <c>ElementAt(i)</c>, <c>First()</c>, <c>FirstOrDefault()</c>), and with
/// <c>allowPositional</c> the index <c>-1</c> as the positional operator <c>$</c> (updates); dictionary entries and
/// <see cref="BsonDocument"/> elements by a key computed on the client (<c>x.Attributes["color"]</c>);
/// <see cref="Nullable{T}.Value"/>; and casts, which are skipped (a cast to a derived class switches to that class's
/// mapping). .NET members of collections and dictionaries (<c>Count</c>, <c>Keys</c>) are not fields.
/// </remarks>
internal sealed class FieldResolver
{
    private readonly ParameterExpression _parameter;
    private readonly TranslatedField _root;
    private readonly bool _allowPositional;

    /// <summary>Creates a resolver for expressions rooted at <paramref name="parameter"/>.</summary>
    /// <param name="parameter">The lambda parameter.</param>
    /// <param name="root">The field the parameter stands for: the document (empty path) or an array item.</param>
    /// <param name="allowPositional">Whether index <c>-1</c> renders as the positional operator <c>$</c>.</param>
    public FieldResolver(ParameterExpression parameter, TranslatedField root, bool allowPositional = false)
    {
        _parameter = parameter;
        _root = root;
        _allowPositional = allowPositional;
    }

    /// <summary>Gets the registry.</summary>
    public BsonSerializerRegistry Registry => _root.Registry;

    /// <summary>Removes casts that do not call a user-defined conversion.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The expression inside the casts.</returns>
    public static Expression StripConversions(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs, Method: null } convert)
        {
            expression = convert.Operand;
        }

        return expression;
    }

    /// <summary>Resolves <paramref name="expression"/> to a field.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="field">The field.</param>
    /// <param name="failure">Why the expression is not a field, when it looks like one (an unmapped member, say); otherwise null.</param>
    /// <returns>Whether the expression is a field.</returns>
    public bool TryResolve(Expression expression, [NotNullWhen(true)] out TranslatedField? field, out string? failure)
    {
        failure = null;
        field = ResolveCore(expression, ref failure);
        return field is not null;
    }

    /// <summary>Resolves <paramref name="expression"/> to a field, or throws <see cref="NotSupportedException"/> naming it.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The field.</returns>
    public TranslatedField Resolve(Expression expression) =>
        TryResolve(expression, out var field, out var failure) ? field : throw TranslationErrors.Field(expression, failure);

    private TranslatedField? ResolveCore(Expression expression, ref string? failure)
    {
        switch (expression)
        {
            case ParameterExpression parameter:
                if (parameter == _parameter)
                {
                    return _root;
                }

                failure = $"it refers to '{parameter.Name}', which is not the parameter of this lambda (a condition inside Any/All can only refer to the item)";
                return null;
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs, Method: null } convert:
                var converted = ResolveCore(convert.Operand, ref failure);
                return converted is null ? null : Downcast(converted, convert.Type);
            case MemberExpression { Expression: not null } member:
                return ResolveMember(member, ref failure);
            case BinaryExpression { NodeType: ExpressionType.ArrayIndex } index:
                return ResolveIndex(index.Left, index.Right, ref failure);
            case MethodCallExpression call:
                return ResolveCall(call, ref failure);
            default:
                return null;
        }
    }

    private TranslatedField? ResolveMember(MemberExpression member, ref string? failure)
    {
        if (IsNullableMember(member.Member, nameof(Nullable<int>.Value)))
        {
            return ResolveCore(member.Expression!, ref failure);
        }

        if (IsNullableMember(member.Member, nameof(Nullable<int>.HasValue)))
        {
            return null;
        }

        var parent = ResolveCore(member.Expression!, ref failure);
        if (parent is null)
        {
            return null;
        }

        // A dictionary's own members (Count, Keys, ...) are .NET members, not keys.
        if (parent.FieldSerializer is IBsonDictionarySerializer || parent.FieldSerializer is not IBsonDocumentSerializer document)
        {
            return null;
        }

        if (!document.TryGetMemberSerializationInfo(member.Member.Name, out var info))
        {
            failure = $"{member.Member.Name} is not a mapped member of {FormatType(member.Expression!.Type)} (it is ignored, computed or not serialized)";
            return null;
        }

        return new TranslatedField(parent.Append(info.ElementName), info.Serializer, parent.Registry);
    }

    private TranslatedField? ResolveCall(MethodCallExpression call, ref string? failure)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(Enumerable))
        {
            switch (method.Name)
            {
                case nameof(Enumerable.ElementAt) or nameof(Enumerable.ElementAtOrDefault) when call.Arguments[1].Type == typeof(int):
                    return ResolveIndex(call.Arguments[0], call.Arguments[1], ref failure);
                case nameof(Enumerable.First) or nameof(Enumerable.FirstOrDefault) when call.Arguments.Count == 1:
                    return ResolveIndex(call.Arguments[0], Expression.Constant(0), ref failure);
                default:
                    return null;
            }
        }

        if (method.Name != "get_Item" || call.Object is null || call.Arguments.Count != 1)
        {
            return null;
        }

        var argument = call.Arguments[0];
        if (argument.Type == typeof(int))
        {
            return ResolveIndex(call.Object, argument, ref failure);
        }

        if (argument.Type != typeof(string))
        {
            return null;
        }

        var parent = ResolveCore(call.Object, ref failure);
        if (parent is null)
        {
            return null;
        }

        if (ExpressionEvaluator.HasFreeParameters(argument))
        {
            failure = "the key must be computed on the client, not read from the document";
            return null;
        }

        var key = ExpressionEvaluator.Evaluate(argument) as string;
        ValidateKey(key);
        if (parent.FieldSerializer is IBsonDocumentSerializer keyed && keyed.TryGetMemberSerializationInfo(key, out var info))
        {
            return new TranslatedField(parent.Append(info.ElementName), info.Serializer, parent.Registry);
        }

        if (typeof(BsonValue).IsAssignableFrom(call.Object.Type))
        {
            return new TranslatedField(parent.Append(key), parent.Registry.GetSerializer<BsonValue>(), parent.Registry);
        }

        return null;
    }

    private TranslatedField? ResolveIndex(Expression source, Expression indexExpression, ref string? failure)
    {
        var parent = ResolveCore(source, ref failure);
        if (parent is null)
        {
            return null;
        }

        if (ExpressionEvaluator.HasFreeParameters(indexExpression))
        {
            failure = "the index must be computed on the client, not read from the document";
            return null;
        }

        var index = Convert.ToInt32(ExpressionEvaluator.Evaluate(indexExpression), CultureInfo.InvariantCulture);
        string segment;
        if (index >= 0)
        {
            segment = index.ToString(CultureInfo.InvariantCulture);
        }
        else if (index == -1 && _allowPositional)
        {
            segment = "$";
        }
        else
        {
            failure = _allowPositional
                ? $"the index {index} is negative (only -1, the positional operator $, is allowed)"
                : $"the index {index} is negative";
            return null;
        }

        if (parent.ItemField is { } item)
        {
            return new TranslatedField(parent.Append(segment), item.FieldSerializer, parent.Registry);
        }

        if (typeof(BsonValue).IsAssignableFrom(source.Type))
        {
            return new TranslatedField(parent.Append(segment), parent.Registry.GetSerializer<BsonValue>(), parent.Registry);
        }

        failure = $"'{source}' is not stored as an array";
        return null;
    }

    // A cast from a mapped class to a derived class reads the derived class's members.
    private static TranslatedField Downcast(TranslatedField field, Type targetType)
    {
        var currentType = field.FieldSerializer.ValueType;
        if (targetType == currentType || !currentType.IsAssignableFrom(targetType) || field.FieldSerializer is not IBsonDocumentSerializer
            || targetType.IsInterface || targetType.IsAbstract)
        {
            return field;
        }

        try
        {
            return field with { FieldSerializer = field.Registry.GetSerializer(targetType) };
        }
        catch (BsonSerializationException)
        {
            return field;
        }
    }

    /// <summary>Rejects dictionary keys that would change the meaning of a field path.</summary>
    internal static void ValidateKey([NotNull] string? key)
    {
        if (string.IsNullOrEmpty(key) || key[0] == '$' || key.Contains('.', StringComparison.Ordinal) || key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The key '{key}' cannot be used in a field path: keys must not be null or empty, start with '$', or contain '.' or a null character.");
        }
    }

    private static string FormatType(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;

    /// <summary>Gets whether <paramref name="member"/> is the member called <paramref name="name"/> of <see cref="Nullable{T}"/>.</summary>
    internal static bool IsNullableMember(MemberInfo member, string name) =>
        member.Name == name && member.DeclaringType is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Nullable<>);
}
