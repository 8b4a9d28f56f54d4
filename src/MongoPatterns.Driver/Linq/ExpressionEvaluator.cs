using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Partial evaluation: decides which sub-trees of a lambda do not depend on its parameters and computes their values
/// on the client (captured variables, fields, properties, method calls, <c>new[] { ... }</c>).
/// </summary>
/// <remarks>
/// Constants and member reads (the shape of every captured variable, <c>value(closure).name</c>) are evaluated with
/// reflection; array initializers element by element; anything else is wrapped in a lambda and run by the expression
/// interpreter (<c>Compile(preferInterpretation: true)</c>), which is far cheaper to build than compiled IL for a
/// delegate that runs once.
/// </remarks>
internal static class ExpressionEvaluator
{
    /// <summary>
    /// Returns whether <paramref name="expression"/> refers to a parameter it does not declare itself (the lambda's
    /// document parameter, or the item parameter of an enclosing <c>Any(i =&gt; ...)</c>). Such sub-trees are translated;
    /// all others are evaluated.
    /// </summary>
    public static bool HasFreeParameters(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression:
                return false;
            case ParameterExpression:
                return true;
            case MemberExpression { Expression: null }:
                return false;
            case MemberExpression { Expression: ConstantExpression }:
                return false;
            default:
                var finder = new FreeParameterFinder();
                finder.Visit(expression);
                return finder.Found;
        }
    }

    /// <summary>Evaluates a sub-tree that has no free parameters.</summary>
    /// <param name="expression">The sub-tree.</param>
    /// <returns>Its value (boxed).</returns>
    public static object? Evaluate(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression member when member.Member is FieldInfo or PropertyInfo:
                var target = member.Expression is null ? null : Evaluate(member.Expression);
                if (target is null && member.Expression is not null)
                {
                    break;
                }

                return ReadMember(member.Member, target);
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs, Method: null } convert
                when IsValuePreserving(convert.Operand.Type, convert.Type):
                return Evaluate(convert.Operand);
            case UnaryExpression { NodeType: ExpressionType.Quote } quote:
                return quote.Operand;
            case MethodCallExpression call when CanInvoke(call.Method, call.Method.GetParameters()):
                var instance = call.Object is null ? null : Evaluate(call.Object);
                if (instance is null && call.Object is not null)
                {
                    break;
                }

                return Invoke(call.Method, instance, EvaluateAll(call.Arguments));
            case NewExpression { Constructor: { } constructor } creation when CanInvoke(constructor, constructor.GetParameters()):
                return Invoke(constructor, null, EvaluateAll(creation.Arguments));
            case NewArrayExpression { NodeType: ExpressionType.NewArrayInit } newArray:
                var elementType = newArray.Type.GetElementType()!;
                var array = Array.CreateInstance(elementType, newArray.Expressions.Count);
                for (var i = 0; i < newArray.Expressions.Count; i++)
                {
                    array.SetValue(Evaluate(newArray.Expressions[i]), i);
                }

                return array;
        }

        return Interpret(expression);
    }

    private static object? ReadMember(MemberInfo member, object? target)
    {
        try
        {
            return member is FieldInfo field ? field.GetValue(target) : ((PropertyInfo)member).GetValue(target);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private static object?[] EvaluateAll(System.Collections.ObjectModel.ReadOnlyCollection<Expression> arguments)
    {
        if (arguments.Count == 0)
        {
            return [];
        }

        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Evaluate(arguments[i]);
        }

        return values;
    }

    // Reflection can call methods whose parameters and result can be boxed (no ref/out, no spans). A method of a struct
    // runs on a boxed copy of the value, which is what evaluating the expression would do as well.
    private static bool CanInvoke(MethodBase method, ParameterInfo[] parameters)
    {
        if (method is MethodInfo { ReturnType.IsByRefLike: true } || method.ContainsGenericParameters)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.ParameterType.IsByRef || parameter.ParameterType.IsByRefLike)
            {
                return false;
            }
        }

        return true;
    }

    private static object? Invoke(MethodBase method, object? instance, object?[] arguments)
    {
        try
        {
            return method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private static object? Interpret(Expression expression)
    {
        var body = expression.Type == typeof(object) ? expression : Expression.Convert(expression, typeof(object));
        return Expression.Lambda<Func<object?>>(body).Compile(preferInterpretation: true)();
    }

    // Conversions that keep the boxed value as it is: to a base type or interface, or from T to T?.
    private static bool IsValuePreserving(Type from, Type to) => to.IsAssignableFrom(from) || Nullable.GetUnderlyingType(to) == from;

    private sealed class FreeParameterFinder : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _declared = [];

        public bool Found { get; private set; }

        public override Expression? Visit(Expression? node) => Found ? node : base.Visit(node);

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var count = _declared.Count;
            _declared.AddRange(node.Parameters);
            Visit(node.Body);
            _declared.RemoveRange(count, _declared.Count - count);
            return node;
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            var count = _declared.Count;
            _declared.AddRange(node.Variables);
            base.VisitBlock(node);
            _declared.RemoveRange(count, _declared.Count - count);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node))
            {
                Found = true;
            }

            return node;
        }
    }
}
