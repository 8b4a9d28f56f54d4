using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Set operators over arrays (duplicates ignored, order of first appearance kept) and <c>$anyElementTrue</c>/<c>$allElementsTrue</c>.</summary>
internal static class SetOperators
{
    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Variadic("$setUnion", static (args, _) =>
        {
            var result = new UniqueValues();
            foreach (var arg in args)
            {
                if (ExpressionValues.IsNullish(arg))
                {
                    return BsonNull.Value;
                }

                if (arg is not BsonArray array)
                {
                    return ExpressionErrors.Throw<BsonValue>(17043, $"All operands of $setUnion must be arrays. One argument is of type: {ExpressionTypeNames.NameOf(arg)}");
                }

                result.AddRange(array);
            }

            return result.ToArray();
        });
        table.Variadic("$setIntersection", static (args, _) =>
        {
            UniqueValues? result = null;
            foreach (var arg in args)
            {
                if (ExpressionValues.IsNullish(arg))
                {
                    return BsonNull.Value;
                }

                if (arg is not BsonArray array)
                {
                    return ExpressionErrors.Throw<BsonValue>(17047, $"All operands of $setIntersection must be arrays. One argument is of type: {ExpressionTypeNames.NameOf(arg)}");
                }

                if (result is null)
                {
                    result = new UniqueValues();
                    result.AddRange(array);
                }
                else
                {
                    var other = new HashSet<BsonValue>(array, BsonValueComparer.Instance);
                    result = result.Where(other.Contains);
                }
            }

            return result?.ToArray() ?? new BsonArray();
        });
        table.Fixed("$setDifference", 2, static (args, _) =>
        {
            if (ExpressionValues.IsNullish(args[0]) || ExpressionValues.IsNullish(args[1]))
            {
                return BsonNull.Value;
            }

            if (args[0] is not BsonArray first)
            {
                return ExpressionErrors.Throw<BsonValue>(17048, $"both operands of $setDifference must be arrays. First argument is of type: {ExpressionTypeNames.NameOf(args[0])}");
            }

            if (args[1] is not BsonArray second)
            {
                return ExpressionErrors.Throw<BsonValue>(17049, $"both operands of $setDifference must be arrays. Second argument is of type: {ExpressionTypeNames.NameOf(args[1])}");
            }

            var excluded = new HashSet<BsonValue>(second, BsonValueComparer.Instance);
            var result = new UniqueValues();
            result.AddRange(first.Where(v => !excluded.Contains(v)));
            return result.ToArray();
        });
        table.Add("$setEquals", static (name, operand, context) =>
        {
            var arguments = ExpressionArguments.ParseList(operand, context);
            if (arguments.Length < 2)
            {
                ExpressionErrors.Throw(17045, $"$setEquals needs at least two arguments had: {arguments.Length}");
            }

            return FunctionExpression.Create(name, arguments, static (args, _) =>
            {
                HashSet<BsonValue>? first = null;
                foreach (var arg in args)
                {
                    if (arg is not BsonArray array)
                    {
                        return ExpressionErrors.Throw<BsonValue>(17044, $"All operands of $setEquals must be arrays. One argument is of type: {ExpressionTypeNames.NameOf(arg)}");
                    }

                    var set = new HashSet<BsonValue>(array, BsonValueComparer.Instance);
                    if (first is null)
                    {
                        first = set;
                    }
                    else if (!first.SetEquals(set))
                    {
                        return BsonBoolean.False;
                    }
                }

                return BsonBoolean.True;
            });
        });
        table.Fixed("$setIsSubset", 2, static (args, _) =>
        {
            if (args[0] is not BsonArray first)
            {
                return ExpressionErrors.Throw<BsonValue>(17046, $"both operands of $setIsSubset must be arrays. First argument is of type: {ExpressionTypeNames.NameOf(args[0])}");
            }

            if (args[1] is not BsonArray second)
            {
                return ExpressionErrors.Throw<BsonValue>(17042, $"both operands of $setIsSubset must be arrays. Second argument is of type: {ExpressionTypeNames.NameOf(args[1])}");
            }

            var superset = new HashSet<BsonValue>(second, BsonValueComparer.Instance);
            return BsonBoolean.Create(first.All(superset.Contains));
        });
        table.Fixed("$anyElementTrue", 1, static (args, _) => args[0] is BsonArray array
            ? BsonBoolean.Create(array.Any(ExpressionValues.IsTrue))
            : ExpressionErrors.Throw<BsonValue>(17041, $"$anyElementTrue's argument must be an array, but is {ExpressionTypeNames.NameOf(args[0])}"));
        table.Fixed("$allElementsTrue", 1, static (args, _) => args[0] is BsonArray array
            ? BsonBoolean.Create(array.All(ExpressionValues.IsTrue))
            : ExpressionErrors.Throw<BsonValue>(17040, $"$allElementsTrue's argument must be an array, but is {ExpressionTypeNames.NameOf(args[0])}"));
    }

    /// <summary>An insertion-ordered set of values under MongoDB equality.</summary>
    private sealed class UniqueValues
    {
        private readonly HashSet<BsonValue> _seen = new(BsonValueComparer.Instance);
        private readonly List<BsonValue> _values = [];

        public void AddRange(IEnumerable<BsonValue> values)
        {
            foreach (var value in values)
            {
                if (_seen.Add(value))
                {
                    _values.Add(value);
                }
            }
        }

        public UniqueValues Where(Func<BsonValue, bool> predicate)
        {
            var result = new UniqueValues();
            result.AddRange(_values.Where(predicate));
            return result;
        }

        public BsonArray ToArray() => new(_values);
    }
}
