using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Compiles lambdas once per <see cref="ExpressionShape"/>: a lambda built anew on every call (as C# does for
/// <c>Expression&lt;...&gt;</c> arguments) reuses the delegate compiled for the first one, bound to its own constants.
/// Compiling costs milliseconds; taking a shape costs microseconds.
/// </summary>
/// <remarks>The cache is cleared when it holds <see cref="Capacity"/> shapes (lambdas built dynamically could otherwise grow it without bound).</remarks>
internal static class CompiledLambdaCache
{
    /// <summary>The most shapes kept.</summary>
    public const int Capacity = 1024;

    private static readonly ConcurrentDictionary<ExpressionShape, Delegate> s_compiled = new();

    /// <summary>Gets a delegate equivalent to <paramref name="lambda"/>.</summary>
    /// <typeparam name="TSource">The parameter type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="lambda">The lambda.</param>
    /// <returns>The delegate.</returns>
    public static Func<TSource, TResult> GetOrCompile<TSource, TResult>(Expression<Func<TSource, TResult>> lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var shape = ExpressionShape.Create(lambda, out var constants);
        if (shape is null)
        {
            return lambda.Compile();
        }

        if (!s_compiled.TryGetValue(shape, out var compiled))
        {
            if (s_compiled.Count >= Capacity)
            {
                s_compiled.Clear();
            }

            compiled = s_compiled.GetOrAdd(shape, ExpressionShape.HoistConstants(lambda).Compile());
        }

        var function = (Func<TSource, object?[], TResult>)compiled;
        return constants.Length == 0 ? source => function(source, []) : source => function(source, constants);
    }

    /// <summary>Gets the number of cached shapes (for tests).</summary>
    internal static int Count => s_compiled.Count;
}
