using System.Linq.Expressions;

namespace MongoPatterns.Driver.Linq;

/// <summary>Replaces one parameter of an expression with another expression (a client value bound to a lambda's parameter).</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly ParameterExpression _parameter;
    private readonly Expression _replacement;

    public ParameterReplacer(ParameterExpression parameter, Expression replacement)
    {
        _parameter = parameter;
        _replacement = replacement;
    }

    protected override Expression VisitParameter(ParameterExpression node) => node == _parameter ? _replacement : node;
}
