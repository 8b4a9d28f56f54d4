using System.Linq.Expressions;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// The structure of an expression tree with its constant values taken out: two lambdas written at the same place in
/// the code have the same shape even though their captured variables hold other values (captured variables are
/// fields of a closure object, which is a constant of the tree). Used as the key of compiled-delegate caches.
/// </summary>
internal sealed class ExpressionShape : IEquatable<ExpressionShape>
{
    private readonly object?[] _tokens;
    private readonly int _hashCode;

    private ExpressionShape(object?[] tokens)
    {
        _tokens = tokens;
        var hash = new HashCode();
        foreach (var token in tokens)
        {
            hash.Add(token);
        }

        _hashCode = hash.ToHashCode();
    }

    /// <summary>
    /// Takes the shape of <paramref name="lambda"/> and collects its constants in visiting order (the order
    /// <see cref="HoistConstants"/> numbers them).
    /// </summary>
    /// <param name="lambda">The lambda.</param>
    /// <param name="constants">The constant values.</param>
    /// <returns>The shape, or <see langword="null"/> when the tree holds nodes that are not compared (blocks, extensions, dynamic calls).</returns>
    public static ExpressionShape? Create(LambdaExpression lambda, out object?[] constants)
    {
        var writer = new ShapeWriter();
        writer.Visit(lambda);
        constants = [.. writer.Constants];
        return writer.IsComparable ? new ExpressionShape([.. writer.Tokens]) : null;
    }

    /// <summary>
    /// Rewrites <paramref name="lambda"/> so that each constant is read from a new last parameter, an
    /// <c>object?[]</c>, in the order <see cref="Create"/> collects them.
    /// </summary>
    /// <param name="lambda">The lambda.</param>
    /// <returns>The lambda taking the constants as its last parameter.</returns>
    public static LambdaExpression HoistConstants(LambdaExpression lambda)
    {
        var constants = Expression.Parameter(typeof(object[]), "constants");
        var body = new ConstantHoister(constants).Visit(lambda.Body);
        return Expression.Lambda(body, [.. lambda.Parameters, constants]);
    }

    /// <inheritdoc />
    public bool Equals(ExpressionShape? other) =>
        other is not null && _hashCode == other._hashCode && _tokens.AsSpan().SequenceEqual(other._tokens, EqualityComparer<object?>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExpressionShape);

    /// <inheritdoc />
    public override int GetHashCode() => _hashCode;

    private sealed class ShapeWriter : ExpressionVisitor
    {
        private static readonly object s_null = new();
        private readonly List<ParameterExpression> _scope = [];

        public List<object?> Tokens { get; } = [];

        public List<object?> Constants { get; } = [];

        public bool IsComparable { get; private set; } = true;

        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                Tokens.Add(s_null);
                return null;
            }

            Tokens.Add(node.NodeType);
            Tokens.Add(node.Type);
            return base.Visit(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Constants.Add(node.Value);
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            var index = _scope.LastIndexOf(node);
            IsComparable &= index >= 0;
            Tokens.Add(index);
            return node;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var count = _scope.Count;
            _scope.AddRange(node.Parameters);
            Tokens.Add(node.Parameters.Count);
            base.VisitLambda(node);
            _scope.RemoveRange(count, _scope.Count - count);
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            Tokens.Add(node.Member);
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Tokens.Add(node.Method);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            Tokens.Add(node.Method);
            Tokens.Add(node.IsLiftedToNull);
            return base.VisitBinary(node);
        }

        protected override Expression VisitUnary(UnaryExpression node)
        {
            Tokens.Add(node.Method);
            return base.VisitUnary(node);
        }

        protected override Expression VisitNew(NewExpression node)
        {
            Tokens.Add(node.Constructor);
            Tokens.Add(node.Arguments.Count);
            if (node.Members is { } members)
            {
                Tokens.AddRange(members);
            }

            return base.VisitNew(node);
        }

        protected override Expression VisitMemberInit(MemberInitExpression node)
        {
            Tokens.Add(node.Bindings.Count);
            return base.VisitMemberInit(node);
        }

        protected override MemberBinding VisitMemberBinding(MemberBinding node)
        {
            Tokens.Add(node.BindingType);
            Tokens.Add(node.Member);
            Tokens.Add(node switch
            {
                MemberMemberBinding nested => nested.Bindings.Count,
                MemberListBinding list => list.Initializers.Count,
                _ => 0,
            });
            return base.VisitMemberBinding(node);
        }

        protected override Expression VisitListInit(ListInitExpression node)
        {
            Tokens.Add(node.Initializers.Count);
            return base.VisitListInit(node);
        }

        protected override ElementInit VisitElementInit(ElementInit node)
        {
            Tokens.Add(node.AddMethod);
            return base.VisitElementInit(node);
        }

        protected override Expression VisitNewArray(NewArrayExpression node)
        {
            Tokens.Add(node.Expressions.Count);
            return base.VisitNewArray(node);
        }

        protected override Expression VisitTypeBinary(TypeBinaryExpression node)
        {
            Tokens.Add(node.TypeOperand);
            return base.VisitTypeBinary(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            Tokens.Add(node.Arguments.Count);
            return base.VisitInvocation(node);
        }

        protected override Expression VisitIndex(IndexExpression node)
        {
            Tokens.Add(node.Indexer);
            Tokens.Add(node.Arguments.Count);
            return base.VisitIndex(node);
        }

        protected override Expression VisitDefault(DefaultExpression node) => node;

        protected override Expression VisitBlock(BlockExpression node) => NotComparable(node);

        protected override Expression VisitDynamic(DynamicExpression node) => NotComparable(node);

        protected override Expression VisitExtension(Expression node) => NotComparable(node);

        protected override Expression VisitGoto(GotoExpression node) => NotComparable(node);

        protected override Expression VisitLoop(LoopExpression node) => NotComparable(node);

        protected override Expression VisitSwitch(SwitchExpression node) => NotComparable(node);

        protected override Expression VisitTry(TryExpression node) => NotComparable(node);

        protected override Expression VisitLabel(LabelExpression node) => NotComparable(node);

        protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => NotComparable(node);

        protected override Expression VisitDebugInfo(DebugInfoExpression node) => NotComparable(node);

        private Expression NotComparable(Expression node)
        {
            IsComparable = false;
            return node;
        }
    }

    private sealed class ConstantHoister(ParameterExpression constants) : ExpressionVisitor
    {
        private int _next;

        protected override Expression VisitConstant(ConstantExpression node) =>
            Expression.Convert(Expression.ArrayIndex(constants, Expression.Constant(_next++)), node.Type);
    }
}
