using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Object operators: <c>$mergeObjects</c>, <c>$getField</c>, <c>$setField</c>, <c>$unsetField</c>, <c>$objectToArray</c>, <c>$arrayToObject</c>.</summary>
internal static class ObjectOperators
{
    private static readonly string[] s_getFieldArguments = ["field", "input"];
    private static readonly string[] s_setFieldArguments = ["field", "input", "value"];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Variadic("$mergeObjects", static (args, _) => Merge(args));
        table.Add("$getField", ParseGetField);
        table.Add("$setField", static (name, operand, context) => ParseSetField(name, operand, context, unset: false));
        table.Add("$unsetField", static (name, operand, context) => ParseSetField(name, operand, context, unset: true));
        table.Fixed("$objectToArray", 1, static (args, _) =>
        {
            if (ExpressionValues.IsNullish(args[0]))
            {
                return BsonNull.Value;
            }

            if (args[0] is not BsonDocument document)
            {
                return ExpressionErrors.Throw<BsonValue>(40390, $"$objectToArray requires a document input, found: {ExpressionTypeNames.NameOf(args[0])}");
            }

            var result = new BsonArray(document.ElementCount);
            foreach (var element in document)
            {
                result.Add(new BsonDocument { { "k", element.Name }, { "v", element.Value } });
            }

            return result;
        });
        table.Fixed("$arrayToObject", 1, static (args, _) => ArrayToObject(args[0]));
    }

    /// <summary>Merges documents left to right (later fields win, keeping the first position); nullish inputs are skipped.</summary>
    /// <param name="args">The inputs.</param>
    /// <returns>The merged document.</returns>
    internal static BsonDocument Merge(ReadOnlySpan<BsonValue?> args)
    {
        var result = new BsonDocument();
        foreach (var arg in args)
        {
            if (ExpressionValues.IsNullish(arg))
            {
                continue;
            }

            if (arg is not BsonDocument document)
            {
                return ExpressionErrors.Throw<BsonDocument>(40400, $"$mergeObjects requires object inputs, but input {arg} is of type {ExpressionTypeNames.NameOf(arg)}");
            }

            foreach (var element in document)
            {
                result.Set(element.Name, element.Value);
            }
        }

        return result;
    }

    private static BsonValue ArrayToObject(BsonValue? value)
    {
        if (ExpressionValues.IsNullish(value))
        {
            return BsonNull.Value;
        }

        if (value is not BsonArray array)
        {
            return ExpressionErrors.Throw<BsonValue>(40386, $"$arrayToObject requires an array input, found: {ExpressionTypeNames.NameOf(value)}");
        }

        var result = new BsonDocument();
        if (array.Count == 0)
        {
            return result;
        }

        var pairs = array[0] is BsonArray;
        foreach (var item in array)
        {
            string key;
            BsonValue entry;
            if (pairs)
            {
                if (item is not BsonArray pair)
                {
                    return item is BsonDocument
                        ? ExpressionErrors.Throw<BsonValue>(40396, "$arrayToObject requires a consistent input format. Elements must all be arrays or all be objects. Object found, but expected an array.")
                        : ExpressionErrors.Throw<BsonValue>(40398, $"Unrecognised input type format for $arrayToObject: {ExpressionTypeNames.NameOf(item)}");
                }

                if (pair.Count != 2)
                {
                    return ExpressionErrors.Throw<BsonValue>(40397, $"$arrayToObject requires an array of size 2 arrays,found array of size: {pair.Count}");
                }

                if (pair[0] is not BsonString name)
                {
                    return ExpressionErrors.Throw<BsonValue>(40395, $"$arrayToObject requires an array of key-value pairs, where the key must be of type string. Found key type: {ExpressionTypeNames.NameOf(pair[0])}");
                }

                key = name.Value;
                entry = pair[1];
                if (key.Contains('\0', StringComparison.Ordinal))
                {
                    return ExpressionErrors.Throw<BsonValue>(4940400, "Key field cannot contain an embedded null byte");
                }
            }
            else
            {
                if (item is not BsonDocument document)
                {
                    return item is BsonArray
                        ? ExpressionErrors.Throw<BsonValue>(40391, "$arrayToObject requires a consistent input format. Elements must all be arrays or all be objects. Array found, but expected an object.")
                        : ExpressionErrors.Throw<BsonValue>(40398, $"Unrecognised input type format for $arrayToObject: {ExpressionTypeNames.NameOf(item)}");
                }

                if (document.ElementCount != 2)
                {
                    return ExpressionErrors.Throw<BsonValue>(40392, $"$arrayToObject requires an object keys of 'k' and 'v'. Found incorrect number of keys:{document.ElementCount}");
                }

                if (!document.TryGetValue("k", out var k) || !document.TryGetValue("v", out var v))
                {
                    return ExpressionErrors.Throw<BsonValue>(40393, $"$arrayToObject requires an object with keys 'k' and 'v'. Missing either or both keys from: {document}");
                }

                if (k is not BsonString name)
                {
                    return ExpressionErrors.Throw<BsonValue>(40394, $"$arrayToObject requires an object with keys 'k' and 'v', where the value of 'k' must be of type string. Found type: {ExpressionTypeNames.NameOf(k)}");
                }

                key = name.Value;
                entry = v;
                if (key.Contains('\0', StringComparison.Ordinal))
                {
                    return ExpressionErrors.Throw<BsonValue>(4940401, "Key field cannot contain an embedded null byte");
                }
            }

            result.Set(key, entry);
        }

        return result;
    }

    private static AggregationExpression ParseGetField(string name, BsonValue operand, ExpressionParseContext context)
    {
        BsonValue fieldValue;
        AggregationExpression input;
        if (operand is BsonDocument document && (document.ElementCount == 0 || !document.GetElement(0).Name.StartsWith('$')))
        {
            var named = ExpressionArguments.ReadNamed(name, document, s_getFieldArguments, 3041700, 3041701);
            if (!named.TryGetValue("field", out fieldValue!))
            {
                ExpressionErrors.Throw(3041702, "$getField requires 'field' to be specified");
            }

            input = named.TryGetValue("input", out var inputValue) ? AggregationExpression.Parse(inputValue, context) : FieldPathExpression.Parse("$$CURRENT", context);
        }
        else
        {
            fieldValue = operand;
            input = FieldPathExpression.Parse("$$CURRENT", context);
        }

        var fieldExpression = AggregationExpression.Parse(fieldValue, context);
        if (!fieldExpression.IsConstant || fieldExpression.ConstantValue is not BsonString fieldName)
        {
            return ExpressionErrors.Throw<AggregationExpression>(5654602, "$getField requires 'field' to evaluate to a constant of type String");
        }

        var field = fieldName.Value;
        return FunctionExpression.Create(name, [input], (args, _) =>
        {
            var value = args[0];
            if (ExpressionValues.IsNullish(value))
            {
                return BsonNull.Value;
            }

            if (value is not BsonDocument target)
            {
                return ExpressionErrors.Throw<BsonValue>(3041705, $"$getField requires 'input' to evaluate to type Object, but got {ExpressionTypeNames.NameOf(value)}");
            }

            return target.TryGetValue(field, out var result) ? result : null;
        });
    }

    private static AggregationExpression ParseSetField(string name, BsonValue operand, ExpressionParseContext context, bool unset)
    {
        if (operand is not BsonDocument)
        {
            return ExpressionErrors.Throw<AggregationExpression>(4161100, $"{name} only supports an object as its argument");
        }

        var allowed = unset ? s_getFieldArguments : s_setFieldArguments;
        var named = ExpressionArguments.ReadNamed(name, operand, allowed, 4161100, 4161101);
        if (!named.TryGetValue("field", out var fieldValue))
        {
            ExpressionErrors.Throw(4161102, $"{name} requires 'field' to be specified");
        }

        if (!unset && !named.ContainsKey("value"))
        {
            ExpressionErrors.Throw(4161103, $"{name} requires 'value' to be specified");
        }

        if (!named.ContainsKey("input"))
        {
            ExpressionErrors.Throw(4161109, $"{name} requires 'input' to be specified");
        }

        if (fieldValue is BsonString { Value: var raw } && raw.StartsWith('$'))
        {
            ExpressionErrors.Throw(4161108, $"{name}: 'field' cannot be a field path");
        }

        var fieldExpression = AggregationExpression.Parse(fieldValue, context);

        if (!fieldExpression.IsConstant || fieldExpression.ConstantValue is not BsonString fieldName)
        {
            return ExpressionErrors.Throw<AggregationExpression>(4161106, $"{name} requires 'field' to evaluate to a constant of type String");
        }

        var field = fieldName.Value;
        var input = AggregationExpression.Parse(named["input"], context);
        var value = unset ? new ConstantExpression(null) : AggregationExpression.Parse(named["value"], context);
        return new LazyExpression([input, value], (args, ctx) =>
        {
            var target = args[0].Evaluate(ctx);
            if (ExpressionValues.IsNullish(target))
            {
                return BsonNull.Value;
            }

            if (target is not BsonDocument document)
            {
                return ExpressionErrors.Throw<BsonValue>(4161105, $"{name} requires 'input' to evaluate to type Object");
            }

            var newValue = args[1].Evaluate(ctx);
            var result = new BsonDocument();
            foreach (var element in document)
            {
                if (!string.Equals(element.Name, field, StringComparison.Ordinal))
                {
                    result.Add(element.Name, element.Value);
                }
                else if (newValue is not null)
                {
                    result.Add(field, newValue);
                }
            }

            if (newValue is not null && !document.Contains(field))
            {
                result.Add(field, newValue);
            }

            return result;
        });
    }
}
