using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Boolean and conditional operators: <c>$and</c>, <c>$or</c>, <c>$not</c>, <c>$cond</c>, <c>$ifNull</c>, <c>$switch</c>.</summary>
internal static class LogicalOperators
{
    private static readonly string[] s_condArguments = ["if", "then", "else"];

    /// <summary>Registers the operators.</summary>
    /// <param name="table">The operator table.</param>
    public static void Register(OperatorTable table)
    {
        table.Add("$and", static (name, operand, context) => Fold(new LazyExpression(ExpressionArguments.ParseList(operand, context), And)));
        table.Add("$or", static (name, operand, context) => Fold(new LazyExpression(ExpressionArguments.ParseList(operand, context), Or)));
        table.Fixed("$not", 1, static (args, _) => BsonBoolean.Create(!ExpressionValues.IsTrue(args[0])));
        table.Add("$cond", ParseCond);
        table.Add("$ifNull", ParseIfNull);
        table.Add("$switch", ParseSwitch);
    }

    private static AggregationExpression Fold(LazyExpression expression)
    {
        if (expression.AllArgumentsConstant)
        {
            try
            {
                return new ConstantExpression(expression.Evaluate(new EvaluationContext(new BsonDocument())));
            }
            catch (Errors.MongoServerException)
            {
                return expression;
            }
        }

        return expression;
    }

    private static BsonBoolean And(AggregationExpression[] arguments, EvaluationContext context)
    {
        foreach (var argument in arguments)
        {
            if (!ExpressionValues.IsTrue(argument.Evaluate(context)))
            {
                return BsonBoolean.False;
            }
        }

        return BsonBoolean.True;
    }

    private static BsonBoolean Or(AggregationExpression[] arguments, EvaluationContext context)
    {
        foreach (var argument in arguments)
        {
            if (ExpressionValues.IsTrue(argument.Evaluate(context)))
            {
                return BsonBoolean.True;
            }
        }

        return BsonBoolean.False;
    }

    private static AggregationExpression ParseCond(string name, BsonValue operand, ExpressionParseContext context)
    {
        AggregationExpression[] arguments;
        if (operand is BsonDocument document)
        {
            var named = ExpressionArguments.ReadNamed(name, document, s_condArguments, 17083, 17083);
            arguments =
            [
                ExpressionArguments.Required(named, "if", context, 17080, "Missing 'if' parameter to $cond"),
                ExpressionArguments.Required(named, "then", context, 17081, "Missing 'then' parameter to $cond"),
                ExpressionArguments.Required(named, "else", context, 17082, "Missing 'else' parameter to $cond"),
            ];
        }
        else
        {
            arguments = ExpressionArguments.ParseExactly(name, operand, 3, context);
        }

        return Fold(new LazyExpression(arguments, static (args, ctx) => ExpressionValues.IsTrue(args[0].Evaluate(ctx)) ? args[1].Evaluate(ctx) : args[2].Evaluate(ctx)));
    }

    private static AggregationExpression ParseIfNull(string name, BsonValue operand, ExpressionParseContext context)
    {
        var arguments = ExpressionArguments.ParseList(operand, context);
        if (arguments.Length < 2)
        {
            ExpressionErrors.Throw(1257300, $"$ifNull needs at least two arguments, had: {arguments.Length}");
        }

        return Fold(new LazyExpression(arguments, static (args, ctx) =>
        {
            for (var i = 0; i < args.Length - 1; i++)
            {
                var value = args[i].Evaluate(ctx);
                if (!ExpressionValues.IsNullish(value))
                {
                    return value;
                }
            }

            return args[^1].Evaluate(ctx);
        }));
    }

    private static AggregationExpression ParseSwitch(string name, BsonValue operand, ExpressionParseContext context)
    {
        if (operand is not BsonDocument document)
        {
            return ExpressionErrors.Throw<AggregationExpression>(40060, $"$switch requires an object as an argument, found: {ExpressionTypeNames.NameOf(operand)}");
        }

        var cases = new List<AggregationExpression>();
        AggregationExpression? defaultExpression = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "branches":
                    if (element.Value is not BsonArray branches)
                    {
                        return ExpressionErrors.Throw<AggregationExpression>(40061, $"$switch expected an array for 'branches', found: {ExpressionTypeNames.NameOf(element.Value)}");
                    }

                    foreach (var branchValue in branches)
                    {
                        if (branchValue is not BsonDocument branch)
                        {
                            return ExpressionErrors.Throw<AggregationExpression>(40062, $"$switch expected each branch to be an object, found: {ExpressionTypeNames.NameOf(branchValue)}");
                        }

                        AggregationExpression? caseExpression = null;
                        AggregationExpression? thenExpression = null;
                        foreach (var part in branch)
                        {
                            switch (part.Name)
                            {
                                case "case":
                                    caseExpression = AggregationExpression.Parse(part.Value, context);
                                    break;
                                case "then":
                                    thenExpression = AggregationExpression.Parse(part.Value, context);
                                    break;
                                default:
                                    ExpressionErrors.Throw(40063, $"$switch found an unknown argument to a branch: {part.Name}");
                                    break;
                            }
                        }

                        if (caseExpression is null)
                        {
                            ExpressionErrors.Throw(40064, "$switch requires each branch have a 'case' expression");
                        }

                        if (thenExpression is null)
                        {
                            ExpressionErrors.Throw(40065, "$switch requires each branch have a 'then' expression.");
                        }

                        cases.Add(caseExpression);
                        cases.Add(thenExpression);
                    }

                    break;
                case "default":
                    defaultExpression = AggregationExpression.Parse(element.Value, context);
                    break;
                default:
                    ExpressionErrors.Throw(40067, $"$switch found an unknown argument: {element.Name}");
                    break;
            }
        }

        if (cases.Count == 0)
        {
            ExpressionErrors.Throw(40068, "$switch requires at least one branch.");
        }

        var hasDefault = defaultExpression is not null;
        if (hasDefault)
        {
            cases.Add(defaultExpression!);
        }

        return new LazyExpression(cases.ToArray(), (args, ctx) =>
        {
            var branchCount = hasDefault ? args.Length - 1 : args.Length;
            for (var i = 0; i < branchCount; i += 2)
            {
                if (ExpressionValues.IsTrue(args[i].Evaluate(ctx)))
                {
                    return args[i + 1].Evaluate(ctx);
                }
            }

            if (!hasDefault)
            {
                ExpressionErrors.Throw(40066, "$switch could not find a matching branch for an input, and no default was specified.");
            }

            return args[^1].Evaluate(ctx);
        });
    }
}
