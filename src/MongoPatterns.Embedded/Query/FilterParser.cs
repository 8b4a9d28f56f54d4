using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// Compiles a filter document into a tree of <see cref="QueryNode"/>s, with MongoDB's parse rules and error codes.
/// </summary>
internal sealed class FilterParser
{
    private static readonly HashSet<string> s_pathlessOperators = new(StringComparer.Ordinal)
    {
        "$and", "$or", "$nor", "$comment", "$expr", "$jsonSchema", "$text", "$where", "$alwaysTrue", "$alwaysFalse",
        "$ref", "$id", "$db",
    };

    private static readonly HashSet<string> s_fieldOperators = new(StringComparer.Ordinal)
    {
        "$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin", "$exists", "$type", "$size", "$mod", "$regex",
        "$options", "$not", "$elemMatch", "$all", "$bitsAllSet", "$bitsAnySet", "$bitsAllClear", "$bitsAnyClear",
        "$geoWithin", "$within", "$geoIntersects", "$near", "$nearSphere", "$geoNear",
    };

    private readonly QueryContext _context;

    /// <summary>Creates a parser.</summary>
    /// <param name="context">Variables, <c>$$NOW</c> and the text index.</param>
    public FilterParser(QueryContext context) => _context = context;

    /// <summary>Where a document being parsed sits: the filter itself, under a top-level logical operator, or inside <c>$elemMatch</c>.</summary>
    private enum Level
    {
        PredicateTop,
        DocumentTop,
        SubDocument,
    }

    /// <summary>Gets the <c>$text</c> search found while parsing, if any.</summary>
    public TextSearch? Text { get; private set; }

    /// <summary>Parses a whole filter.</summary>
    /// <param name="filter">The filter document.</param>
    /// <returns>The root node.</returns>
    public QueryNode Parse(BsonDocument filter) => ParseDocument(filter, Level.PredicateTop);

    /// <summary>
    /// Parses the condition of one field (<c>5</c>, <c>/re/</c>, <c>{$gt: 1}</c>) into a node, as used by
    /// <c>$pull</c> on array elements (path <c>""</c>).
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The node.</returns>
    public QueryNode ParseField(string path, BsonValue condition)
    {
        var nodes = new List<QueryNode>();
        ParseField(path, condition, Level.SubDocument, nodes);
        return Combine(nodes);
    }

    /// <summary>Gets whether a value is an operator document (first field starts with <c>$</c> and it is not a DBRef).</summary>
    /// <param name="value">The value.</param>
    /// <param name="allowIncompleteDbRef">Whether any of <c>$ref</c>/<c>$id</c>/<c>$db</c> makes it a DBRef.</param>
    /// <returns>Whether it is an operator document.</returns>
    public static bool IsOperatorDocument(BsonValue value, bool allowIncompleteDbRef = false)
    {
        if (value is not BsonDocument { ElementCount: > 0 } document || !document.GetElement(0).Name.StartsWith('$'))
        {
            return false;
        }

        bool hasRef = false, hasId = false, hasDb = false;
        foreach (var element in document)
        {
            hasRef |= element.Name == "$ref";
            hasId |= element.Name == "$id";
            hasDb |= element.Name == "$db";
        }

        return allowIncompleteDbRef ? !(hasRef || hasId || hasDb) : !(hasRef && hasId);
    }

    /// <summary>Gets whether a name is a field-level query operator (<c>$gt</c>, <c>$in</c>...).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsFieldOperator(string name) => s_fieldOperators.Contains(name);

    private static QueryNode Combine(List<QueryNode> nodes) => nodes.Count == 1 ? nodes[0] : new AndNode(nodes);

    private static QueryNode Lift(FieldPath path, ValuePredicate predicate) => predicate switch
    {
        NotPredicate not => new NotNode(Lift(path, not.Inner)),
        AndPredicate and => new AndNode(and.Predicates.Select(p => Lift(path, p)).ToArray()),
        _ => new PathNode(path, predicate),
    };

    private static MongoServerException BadValue(string message) => new(ErrorCodes.BadValue, message);

    private QueryNode ParseDocument(BsonDocument filter, Level level)
    {
        var nodes = new List<QueryNode>(filter.ElementCount);
        var fieldLevel = level == Level.PredicateTop ? Level.DocumentTop : level;
        foreach (var element in filter)
        {
            if (element.Name.StartsWith('$'))
            {
                ParseTopLevelOperator(element, level, nodes);
            }
            else
            {
                ParseField(element.Name, element.Value, fieldLevel, nodes);
            }
        }

        return nodes.Count == 0 ? ConstantNode.True : Combine(nodes);
    }

    private void ParseTopLevelOperator(BsonElement element, Level level, List<QueryNode> nodes)
    {
        switch (element.Name)
        {
            case "$and":
            case "$or":
            case "$nor":
                var children = ParseLogicalChildren(element.Value, level);
                nodes.Add(element.Name switch
                {
                    "$and" => new AndNode(children),
                    "$or" => children.Count == 1 ? children[0] : new OrNode(children),
                    _ => new NorNode(children),
                });
                break;
            case "$comment":
                break;
            case "$expr":
                if (level == Level.SubDocument)
                {
                    throw BadValue("$expr can only be applied to the top-level document");
                }

                nodes.Add(ParseExpr(element.Value));
                break;
            case "$text":
                if (level == Level.SubDocument)
                {
                    throw BadValue("$text can only be applied to the top-level document");
                }

                if (Text is not null)
                {
                    throw BadValue("Too many text expressions");
                }

                if (_context.TextIndex is null)
                {
                    throw new MongoServerException(ErrorCodes.IndexNotFound, "text index required for $text query");
                }

                Text = TextSearch.Parse(element.Value, _context.TextIndex);
                nodes.Add(new TextNode(Text));
                break;
            case "$where":
                throw BadValue("$where is not supported: MongoPatterns.Embedded does not execute JavaScript");
            case "$jsonSchema":
                if (element.Value is not BsonDocument schema)
                {
                    throw new MongoServerException(ErrorCodes.TypeMismatch, "$jsonSchema must be an object");
                }

                nodes.Add(new JsonSchemaNode(JsonSchema.Parse(schema)));
                break;
            case "$alwaysTrue":
            case "$alwaysFalse":
                if (!element.Value.IsNumeric || element.Value.ToDouble() != 1)
                {
                    throw new MongoServerException(ErrorCodes.FailedToParse, $"{element.Name} must be an integer value of 1");
                }

                nodes.Add(element.Name == "$alwaysTrue" ? ConstantNode.True : ConstantNode.False);
                break;
            case "$ref":
            case "$id":
            case "$db":
                nodes.Add(new PathNode(new FieldPath(element.Name), new ComparisonPredicate(ComparisonOperator.Equal, element.Value)));
                break;
            default:
                throw BadValue($"unknown top level operator: {element.Name}. If you have a field name that starts with a '$' symbol, consider using $getField or $setField.");
        }
    }

    private List<QueryNode> ParseLogicalChildren(BsonValue value, Level level)
    {
        if (value is not BsonArray { Count: > 0 } array)
        {
            throw BadValue("$and/$or/$nor must be a nonempty array");
        }

        var children = new List<QueryNode>(array.Count);
        foreach (var entry in array)
        {
            if (entry is not BsonDocument document)
            {
                throw BadValue("$or/$and/$nor entries need to be full objects");
            }

            children.Add(ParseDocument(document, level));
        }

        return children;
    }

    private ExprNode ParseExpr(BsonValue value)
    {
        var parseContext = new ExpressionParseContext();
        if (_context.Variables is { } variables)
        {
            foreach (var variable in variables)
            {
                parseContext.DefinedVariables.Add(variable.Name);
            }
        }

        return new ExprNode(AggregationExpression.Parse(value, parseContext), _context);
    }

    private void ParseField(string name, BsonValue value, Level level, List<QueryNode> nodes)
    {
        var path = new FieldPath(name);
        if (IsOperatorDocument(value))
        {
            nodes.Add(Lift(path, ParseOperators(name, (BsonDocument)value, level)));
            return;
        }

        if (value is BsonRegularExpression regex)
        {
            nodes.Add(new PathNode(path, CreateRegex(regex.Pattern, regex.Options)));
            return;
        }

        nodes.Add(new PathNode(path, CreateComparison(ComparisonOperator.Equal, value, name)));
    }

    private ValuePredicate ParseOperators(string name, BsonDocument operators, Level level)
    {
        var first = operators.GetElement(0).Name;
        if (first is "$near" or "$nearSphere" or "$geoNear")
        {
            throw GeoNotSupported(first);
        }

        var predicates = new List<ValuePredicate>(operators.ElementCount);
        var regexDone = false;
        foreach (var element in operators)
        {
            switch (element.Name)
            {
                case "$regex":
                    if (!regexDone)
                    {
                        predicates.Add(ParseRegexDocument(operators));
                        regexDone = true;
                    }

                    break;
                case "$options":
                    if (!operators.Contains("$regex"))
                    {
                        throw BadValue("$options needs a $regex");
                    }

                    break;
                default:
                    predicates.Add(ParseOperator(name, element, level));
                    break;
            }
        }

        return predicates.Count == 1 ? predicates[0] : new AndPredicate(predicates);
    }

    private ValuePredicate ParseOperator(string name, BsonElement element, Level level)
    {
        var value = element.Value;
        switch (element.Name)
        {
            case "$eq":
                return CreateComparison(ComparisonOperator.Equal, value, name);
            case "$ne":
                if (value is BsonRegularExpression)
                {
                    throw BadValue("Can't have regex as arg to $ne.");
                }

                return new NotPredicate(CreateComparison(ComparisonOperator.Equal, value, name));
            case "$gt":
                return CreateRange(ComparisonOperator.GreaterThan, value, name);
            case "$gte":
                return CreateRange(ComparisonOperator.GreaterThanOrEqual, value, name);
            case "$lt":
                return CreateRange(ComparisonOperator.LessThan, value, name);
            case "$lte":
                return CreateRange(ComparisonOperator.LessThanOrEqual, value, name);
            case "$in":
                return ParseIn(value, "$in");
            case "$nin":
                return new NotPredicate(ParseIn(value, "$nin"));
            case "$exists":
                return BsonSemantics.IsTruthy(value) ? ExistsPredicate.Instance : new NotPredicate(ExistsPredicate.Instance);
            case "$type":
                return new TypePredicate(ParseTypeSet(value, "$type"));
            case "$size":
                return new SizePredicate(ParseSize(value));
            case "$mod":
                return ParseMod(value);
            case "$not":
                return ParseNot(name, value, level);
            case "$elemMatch":
                return ParseElemMatch(value);
            case "$all":
                return ParseAll(value);
            case "$bitsAllSet":
                return new BitTestPredicate(BitTestKind.AllSet, ParseBitPositions(value, element.Name));
            case "$bitsAnySet":
                return new BitTestPredicate(BitTestKind.AnySet, ParseBitPositions(value, element.Name));
            case "$bitsAllClear":
                return new BitTestPredicate(BitTestKind.AllClear, ParseBitPositions(value, element.Name));
            case "$bitsAnyClear":
                return new BitTestPredicate(BitTestKind.AnyClear, ParseBitPositions(value, element.Name));
            case "$geoWithin":
            case "$within":
            case "$geoIntersects":
            case "$near":
            case "$nearSphere":
            case "$geoNear":
                throw GeoNotSupported(element.Name);
            case "$where":
                throw BadValue("$where cannot be applied to a field");
            default:
                throw BadValue($"unknown operator: {element.Name}");
        }
    }

    private static MongoServerException GeoNotSupported(string name) =>
        new(ErrorCodes.NotImplemented, $"geospatial query operators are not supported by MongoPatterns.Embedded ({name})");

    private ComparisonPredicate CreateComparison(ComparisonOperator comparison, BsonValue value, string name)
    {
        _ = name;
        if (value.BsonType == BsonType.Undefined)
        {
            throw BadValue("cannot compare to undefined");
        }

        return new ComparisonPredicate(comparison, value, _context.Collation);
    }

    private ComparisonPredicate CreateRange(ComparisonOperator comparison, BsonValue value, string name)
    {
        if (value is BsonRegularExpression)
        {
            throw BadValue($"Can't have RegEx as arg to predicate over field '{name}'.");
        }

        return CreateComparison(comparison, value, name);
    }

    private static RegexPredicate CreateRegex(string pattern, string options) => new(pattern, options);

    private static RegexPredicate ParseRegexDocument(BsonDocument operators)
    {
        string? pattern = null;
        var options = string.Empty;
        foreach (var element in operators)
        {
            if (element.Name == "$regex")
            {
                switch (element.Value)
                {
                    case BsonString text:
                        pattern = text.Value;
                        break;
                    case BsonRegularExpression regex:
                        pattern = regex.Pattern;
                        if (regex.Options.Length > 0)
                        {
                            if (options.Length > 0)
                            {
                                throw new MongoServerException(51074, "options set in both $regex and $options");
                            }

                            options = regex.Options;
                        }

                        break;
                    default:
                        throw BadValue("$regex has to be a string");
                }
            }
            else if (element.Name == "$options")
            {
                if (element.Value is not BsonString text)
                {
                    throw BadValue("$options has to be a string");
                }

                if (options.Length > 0)
                {
                    throw new MongoServerException(51075, "options set in both $regex and $options");
                }

                options = text.Value;
            }
        }

        return CreateRegex(pattern ?? string.Empty, options);
    }

    private InPredicate ParseIn(BsonValue value, string name)
    {
        if (value is not BsonArray array)
        {
            throw BadValue($"{name} needs an array");
        }

        var equalities = new List<BsonValue>(array.Count);
        var regexes = new List<RegexPredicate>();
        foreach (var item in array)
        {
            if (IsOperatorDocument(item))
            {
                throw BadValue("cannot nest $ under $in");
            }

            if (item is BsonRegularExpression regex)
            {
                regexes.Add(CreateRegex(regex.Pattern, regex.Options));
            }
            else if (item.BsonType == BsonType.Undefined)
            {
                throw BadValue("InMatchExpression equality cannot be undefined");
            }
            else
            {
                equalities.Add(item);
            }
        }

        return new InPredicate(equalities, regexes, _context.Collation);
    }

    /// <summary>Parses a <c>$type</c> argument (code, alias or array of them).</summary>
    /// <param name="value">The argument.</param>
    /// <param name="name">The operator name for messages.</param>
    /// <returns>The types.</returns>
    public static TypeSet ParseTypeSet(BsonValue value, string name)
    {
        var types = new TypeSet();
        if (value is BsonArray array)
        {
            foreach (var item in array)
            {
                AddType(types, item);
            }
        }
        else
        {
            AddType(types, value);
        }

        if (types.IsEmpty)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, $"{name} must match at least one type");
        }

        return types;
    }

    private static void AddType(TypeSet types, BsonValue value)
    {
        if (value.IsNumeric)
        {
            var code = value.ToDouble();
            if (Math.Floor(code) != code || !BsonTypeNames.TryGetCode((long)code, out var type))
            {
                throw BadValue($"Invalid numerical type code: {BsonDisplay.Format(value)}");
            }

            types.Add(type);
        }
        else if (value is BsonString alias)
        {
            if (alias.Value == "number")
            {
                types.AddNumbers();
            }
            else if (BsonTypeNames.TryGetAlias(alias.Value, out var type))
            {
                types.Add(type);
            }
            else
            {
                throw BadValue($"Unknown type name alias: {alias.Value}");
            }
        }
        else
        {
            throw new MongoServerException(ErrorCodes.TypeMismatch, "type must be represented as a number or a string");
        }
    }

    private static int ParseSize(BsonValue value)
    {
        long size;
        switch (value)
        {
            case BsonInt32 int32:
                size = int32.Value;
                break;
            case BsonInt64 int64:
                if (int64.Value is < int.MinValue or > int.MaxValue)
                {
                    throw BadValue("$size must be representable as a 32-bit integer");
                }

                size = int64.Value;
                break;
            case BsonDouble or BsonDecimal128:
                var real = value.ToDouble();
                if (double.IsNaN(real) || Math.Floor(real) != real || real is < int.MinValue or > int.MaxValue)
                {
                    throw BadValue("$size must be a whole number");
                }

                size = (long)real;
                break;
            default:
                throw BadValue("$size needs a number");
        }

        if (size < 0)
        {
            throw BadValue("$size may not be negative");
        }

        return (int)size;
    }

    private static ModPredicate ParseMod(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            throw BadValue("malformed mod, needs to be an array");
        }

        if (array.Count < 2)
        {
            throw BadValue("malformed mod, not enough elements");
        }

        if (array.Count > 2)
        {
            throw BadValue("malformed mod, too many elements");
        }

        if (!array[0].IsNumeric)
        {
            throw BadValue("malformed mod, divisor not a number");
        }

        if (!array[1].IsNumeric)
        {
            throw BadValue("malformed mod, remainder not a number");
        }

        var divisor = ToModOperand(array[0], "divisor");
        var remainder = ToModOperand(array[1], "remainder");
        if (divisor == 0)
        {
            throw BadValue("divisor cannot be 0");
        }

        return new ModPredicate(divisor, remainder);
    }

    private static long ToModOperand(BsonValue value, string role)
    {
        switch (value)
        {
            case BsonInt32 int32:
                return int32.Value;
            case BsonInt64 int64:
                return int64.Value;
            default:
                var real = value.ToDouble();
                if (double.IsNaN(real) || double.IsInfinity(real))
                {
                    throw BadValue($"malformed mod, {role} value is invalid :: caused by :: Unable to coerce NaN/Inf to integral type");
                }

                if (real >= 9.2233720368547758E18 || real < -9.2233720368547758E18)
                {
                    throw BadValue($"malformed mod, {role} value is invalid :: caused by :: Out of bounds coercing to integral value");
                }

                return (long)real;
        }
    }

    private NotPredicate ParseNot(string name, BsonValue value, Level level)
    {
        if (value is BsonRegularExpression regex)
        {
            return new NotPredicate(CreateRegex(regex.Pattern, regex.Options));
        }

        if (value is not BsonDocument document)
        {
            throw BadValue("$not needs a regex or a document");
        }

        if (document.ElementCount == 0)
        {
            throw BadValue("$not cannot be empty");
        }

        return new NotPredicate(ParseOperators(name, document, level));
    }

    private ValuePredicate ParseElemMatch(BsonValue value)
    {
        if (value is not BsonDocument document)
        {
            throw BadValue("$elemMatch needs an Object");
        }

        if (IsOperatorDocument(document, allowIncompleteDbRef: true) && !s_pathlessOperators.Contains(document.GetElement(0).Name))
        {
            var predicate = ParseOperators(string.Empty, document, Level.SubDocument);
            return new ElemMatchValuePredicate(predicate is AndPredicate and ? and.Predicates : [predicate]);
        }

        return new ElemMatchObjectPredicate(ParseDocument(document, Level.SubDocument));
    }

    private ValuePredicate ParseAll(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            throw BadValue("$all needs an array");
        }

        if (array.Count == 0)
        {
            return ConstantPredicate.Never;
        }

        var predicates = new List<ValuePredicate>(array.Count);
        if (array[0] is BsonDocument { ElementCount: > 0 } firstDocument && firstDocument.GetElement(0).Name == "$elemMatch")
        {
            foreach (var item in array)
            {
                if (item is not BsonDocument { ElementCount: > 0 } document || document.GetElement(0).Name != "$elemMatch")
                {
                    throw BadValue("$all/$elemMatch has to be consistent");
                }

                predicates.Add(ParseElemMatch(document.GetElement(0).Value));
            }
        }
        else
        {
            foreach (var item in array)
            {
                if (item is BsonRegularExpression regex)
                {
                    predicates.Add(CreateRegex(regex.Pattern, regex.Options));
                }
                else if (item is BsonDocument { ElementCount: > 0 } document && IsFieldOperator(document.GetElement(0).Name))
                {
                    throw BadValue("no $ expressions in $all");
                }
                else
                {
                    predicates.Add(CreateComparison(ComparisonOperator.Equal, item, string.Empty));
                }
            }
        }

        return predicates.Count == 1 ? predicates[0] : new AndPredicate(predicates);
    }

    private static int[] ParseBitPositions(BsonValue value, string name)
    {
        switch (value)
        {
            case BsonArray array:
                var positions = new int[array.Count];
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    if (!item.IsNumeric)
                    {
                        throw BadValue($"bit positions must be an integer but got: {BsonDisplay.FormatElement(i.ToString(System.Globalization.CultureInfo.InvariantCulture), item)}");
                    }

                    var real = item.ToDouble();
                    if (double.IsNaN(real))
                    {
                        throw BadValue($"bit positions cannot take a NaN: {BsonDisplay.Format(item)}");
                    }

                    if (real is > int.MaxValue or < int.MinValue)
                    {
                        throw BadValue($"bit positions cannot be represented as a 32-bit signed integer: {BsonDisplay.Format(item)}");
                    }

                    if (Math.Floor(real) != real)
                    {
                        throw BadValue($"bit positions must be an integer but got: {BsonDisplay.Format(item)}");
                    }

                    if (real < 0)
                    {
                        throw BadValue($"bit positions must be >= 0 but got: {BsonDisplay.Format(item)}");
                    }

                    positions[i] = (int)real;
                }

                return positions;
            case BsonBinaryData binary:
                var bytes = binary.Bytes.Span;
                var fromBytes = new List<int>();
                for (var i = 0; i < bytes.Length * 8; i++)
                {
                    if ((bytes[i / 8] & (1 << (i % 8))) != 0)
                    {
                        fromBytes.Add(i);
                    }
                }

                return [.. fromBytes];
            default:
                if (!value.IsNumeric)
                {
                    throw BadValue($"{name} takes an Array, a number, or a BinData but received: {BsonDisplay.FormatElement(name, value)}");
                }

                var mask = ParseNonNegativeInteger(value, name);
                var fromMask = new List<int>();
                for (var i = 0; i < 63; i++)
                {
                    if ((mask & (1L << i)) != 0)
                    {
                        fromMask.Add(i);
                    }
                }

                return [.. fromMask];
        }
    }

    private static long ParseNonNegativeInteger(BsonValue value, string name)
    {
        long number;
        if (value is BsonInt32 or BsonInt64)
        {
            number = value.ToInt64();
        }
        else
        {
            var real = value.ToDouble();
            if (double.IsNaN(real))
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"Expected an integer, but found NaN in: {BsonDisplay.FormatElement(name, value)}");
            }

            if (real >= 9.2233720368547758E18 || real < -9.2233720368547758E18)
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"Cannot represent as a 64-bit integer: {BsonDisplay.FormatElement(name, value)}");
            }

            if (Math.Floor(real) != real)
            {
                throw new MongoServerException(ErrorCodes.FailedToParse, $"Expected an integer: {BsonDisplay.FormatElement(name, value)}");
            }

            number = (long)real;
        }

        if (number < 0)
        {
            throw new MongoServerException(ErrorCodes.FailedToParse, $"Expected a positive number in: {BsonDisplay.FormatElement(name, value)}");
        }

        return number;
    }
}
