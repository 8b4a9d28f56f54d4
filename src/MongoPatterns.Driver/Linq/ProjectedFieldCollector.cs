using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Finds the stored fields a projection lambda reads: the longest chain of mapped members at each use of the parameter
/// (<c>x.Address.City</c> → <c>address.city</c>; <c>x.Name.Length</c> → <c>name</c>; <c>x.Items[0].Sku</c> →
/// <c>items</c>, since array items cannot be projected by index). A use of the parameter that is not such a chain (the
/// whole document passed to a method, an unmapped computed property) needs the whole document.
/// </summary>
internal sealed class ProjectedFieldCollector : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private readonly TranslatedField _root;
    private readonly List<string> _paths = [];

    public ProjectedFieldCollector(ParameterExpression parameter, TranslatedField root)
    {
        _parameter = parameter;
        _root = root;
    }

    /// <summary>Gets the paths read, in order of first use (a path may extend another).</summary>
    public IReadOnlyList<string> Paths => _paths;

    /// <summary>Gets whether the lambda needs whole documents.</summary>
    public bool UsesWholeDocument { get; private set; }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (TryResolve(node, out var field) && field.Path.Length > 0)
        {
            if (!_paths.Contains(field.Path))
            {
                _paths.Add(field.Path);
            }

            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == _parameter)
        {
            UsesWholeDocument = true;
        }

        return node;
    }

    private bool TryResolve(Expression expression, [NotNullWhen(true)] out TranslatedField? field)
    {
        expression = FieldResolver.StripConversions(expression);
        if (expression == _parameter)
        {
            field = _root;
            return true;
        }

        field = null;
        if (expression is not MemberExpression { Expression: { } owner } member)
        {
            return false;
        }

        if (FieldResolver.IsNullableMember(member.Member, nameof(Nullable<int>.Value)))
        {
            return TryResolve(owner, out field);
        }

        if (!TryResolve(owner, out var parent) || parent.FieldSerializer is IBsonDictionarySerializer
            || parent.FieldSerializer is not IBsonDocumentSerializer document
            || !document.TryGetMemberSerializationInfo(member.Member.Name, out var info))
        {
            return false;
        }

        field = new TranslatedField(parent.Append(info.ElementName), info.Serializer, parent.Registry);
        return true;
    }
}
