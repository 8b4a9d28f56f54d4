using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Projection;

/// <summary>
/// Parses a find projection into a tree with MongoDB 4.4+ rules: inclusion/exclusion typing, path collisions,
/// positional <c>$</c>, <c>$slice</c>, <c>$elemMatch</c>, <c>$meta</c> and aggregation expressions, with the server's
/// error codes (31249-31325 range).
/// </summary>
internal sealed class ProjectionParser
{
    private readonly QueryContext _context;
    private readonly BsonDocument? _filter;
    private bool? _inclusion;
    private bool _idSpecified;
    private bool _idIncludedEntirely;
    private bool _idExcludedEntirely;
    private bool _hasFindSlice;
    private bool _hasElemMatch;
    private bool _hasMeta;

    /// <summary>Creates a parser.</summary>
    /// <param name="filter">The query filter (validates positional projections), if known.</param>
    /// <param name="context">Variables and <c>$$NOW</c> for expressions.</param>
    public ProjectionParser(BsonDocument? filter, QueryContext context)
    {
        _filter = filter;
        _context = context;
    }

    /// <summary>Gets the root of the parsed tree.</summary>
    public ProjectionNode Root { get; } = new(ProjectionNodeKind.Subtree);

    /// <summary>Gets a value indicating whether the projection is an inclusion projection.</summary>
    public bool IsInclusion => _inclusion == true;

    /// <summary>Gets the <c>$slice</c> projections (full path, skip, limit).</summary>
    public List<(FieldPath Path, int? Skip, int Limit)> Slices { get; } = [];

    /// <summary>Gets the path of the positional projection, if any.</summary>
    public FieldPath? Positional { get; private set; }

    /// <summary>Gets a value indicating whether <c>{$meta: "textScore"}</c> is projected.</summary>
    public bool NeedsTextScore { get; private set; }

    /// <summary>Parses the projection.</summary>
    /// <param name="projection">The projection document.</param>
    public void Parse(BsonDocument projection)
    {
        foreach (var element in projection)
        {
            _idSpecified |= element.Name == "_id" || element.Name.StartsWith("_id.", StringComparison.Ordinal);
            ParseElement(element, null, Root);
        }

        _inclusion ??= ComputeType();
        if (!_idSpecified && _inclusion == true)
        {
            AddAtPath(Root, ["_id"], new ProjectionNode(ProjectionNodeKind.Include), "_id");
        }

        if (_inclusion == false && _idSpecified && _idIncludedEntirely)
        {
            Root.Remove("_id");
        }

        Root.RefreshComputed();
    }

    private static MongoServerException Error(int code, string message) => new(code, message);

    private static string[] SplitPath(string path)
    {
        if (path.Length == 0)
        {
            throw Error(40352, "FieldPath cannot be constructed with empty string");
        }

        var parts = path.Split('.');
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                throw Error(15998, "FieldPath field names may not be empty strings.");
            }

            if (part.StartsWith('$'))
            {
                throw Error(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }
        }

        return parts;
    }

    private static (int Begin, int End)? FindFirstPositional(string path)
    {
        var first = path.IndexOf(".$.", StringComparison.Ordinal);
        if (first >= 0)
        {
            return (first, first + 3);
        }

        if (path.EndsWith(".$", StringComparison.Ordinal))
        {
            return (path.Length - 2, path.Length);
        }

        return path == "$" ? (0, path.Length) : null;
    }

    private static bool FilterReferences(BsonDocument filter, string matchField)
    {
        foreach (var element in filter)
        {
            if (element.Name is "$and" or "$or" or "$nor")
            {
                if (element.Value is BsonArray clauses)
                {
                    foreach (var clause in clauses)
                    {
                        if (clause is BsonDocument document && FilterReferences(document, matchField))
                        {
                            return true;
                        }
                    }
                }
            }
            else if (!element.Name.StartsWith('$'))
            {
                var dot = element.Name.IndexOf('.', StringComparison.Ordinal);
                if ((dot < 0 ? element.Name : element.Name[..dot]) == matchField)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddAtPath(ProjectionNode parent, string[] path, ProjectionNode node, string fullPath)
    {
        var current = parent;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (!current.TryGetChild(path[i], out var child))
            {
                child = new ProjectionNode(ProjectionNodeKind.Subtree);
                current.Add(path[i], child);
            }
            else if (child.Kind != ProjectionNodeKind.Subtree)
            {
                throw Error(31249, $"Path collision at {fullPath} remaining portion {string.Join('.', path.Skip(1))}");
            }

            current = child;
        }

        if (current.TryGetChild(path[^1], out _))
        {
            throw Error(31250, $"Path collision at {fullPath}");
        }

        current.Add(path[^1], node);
    }

    private bool ComputeType()
    {
        if (_hasFindSlice)
        {
            return _idIncludedEntirely;
        }

        if (_hasElemMatch)
        {
            return true;
        }

        if (_hasMeta)
        {
            return !_idExcludedEntirely && _idIncludedEntirely;
        }

        return _idIncludedEntirely;
    }

    private void ParseElement(BsonElement element, string? fullPathToParent, ProjectionNode parent)
    {
        var positional = FindFirstPositional(element.Name);
        var value = element.Value;
        if (value is BsonDocument subObject)
        {
            if (positional is not null)
            {
                throw Error(31271, "positional projection cannot be used with an expression or sub object");
            }

            ParseSubObject(element.Name, fullPathToParent, subObject, parent);
        }
        else if (value.IsNumeric || value.BsonType == BsonType.Boolean)
        {
            if (value.ToBoolean())
            {
                ParseInclusion(element, fullPathToParent, parent, positional);
            }
            else
            {
                ParseExclusion(element, parent);
            }
        }
        else
        {
            if (positional is not null)
            {
                throw Error(31308, "positional projection cannot be used with a literal");
            }

            var expression = AggregationExpression.Parse(value, CreateParseContext());
            AddAtPath(parent, SplitPath(element.Name), new ProjectionNode(ProjectionNodeKind.Expression) { Expression = expression }, element.Name);
            if (_inclusion == false)
            {
                throw Error(31310, $"Cannot use an expression {BsonDisplay.FormatElement(element.Name, value)} in an exclusion projection");
            }

            _inclusion = true;
        }
    }

    private ExpressionParseContext CreateParseContext()
    {
        var parseContext = new ExpressionParseContext();
        if (_context.Variables is { } variables)
        {
            foreach (var variable in variables)
            {
                parseContext.DefinedVariables.Add(variable.Name);
            }
        }

        return parseContext;
    }

    private void ParseInclusion(BsonElement element, string? fullPathToParent, ProjectionNode parent, (int Begin, int End)? positional)
    {
        var isTopLevelId = element.Name == "_id" && ReferenceEquals(parent, Root);
        if (positional is not { } location)
        {
            AddAtPath(parent, SplitPath(element.Name), new ProjectionNode(ProjectionNodeKind.Include), element.Name);
            _idIncludedEntirely |= isTopLevelId;
        }
        else
        {
            if (Positional is not null)
            {
                throw Error(31276, "Cannot specify more than one positional projection per query.");
            }

            if (_hasElemMatch)
            {
                throw Error(31256, "Cannot specify positional operator and $elemMatch.");
            }

            var dot = element.Name.IndexOf('.', StringComparison.Ordinal);
            var matchField = fullPathToParent is not null
                ? fullPathToParent.Split('.')[0]
                : dot < 0 ? element.Name : element.Name[..dot];
            if (_filter is not null && !FilterReferences(_filter, matchField))
            {
                throw Error(31277, $"Positional projection '{element.Name}' does not match the query document.");
            }

            if (element.Name.EndsWith(".$.", StringComparison.Ordinal))
            {
                throw Error(31270, "Path cannot end with '.$.'");
            }

            var remaining = element.Name[location.End..];
            if (FindFirstPositional(remaining) is not null || remaining == "$")
            {
                throw Error(31287, $"Cannot use positional operator twice: {element.Name}");
            }

            var path = element.Name[..location.Begin];
            AddAtPath(parent, SplitPath(path), new ProjectionNode(ProjectionNodeKind.Positional), path);
            Positional = new FieldPath(fullPathToParent is null ? path : fullPathToParent + "." + path);
        }

        if (!isTopLevelId)
        {
            if (_inclusion == false)
            {
                throw Error(31253, $"Cannot do inclusion on field {element.Name} in exclusion projection");
            }

            _inclusion = true;
        }
    }

    private void ParseExclusion(BsonElement element, ProjectionNode parent)
    {
        AddAtPath(parent, SplitPath(element.Name), new ProjectionNode(ProjectionNodeKind.Exclude), element.Name);
        if (element.Name == "_id" && ReferenceEquals(parent, Root))
        {
            _idExcludedEntirely = true;
            return;
        }

        if (_inclusion == true)
        {
            throw Error(31254, $"Cannot do exclusion on field {element.Name} in inclusion projection");
        }

        _inclusion = false;
    }

    private void ParseSubObject(string name, string? fullPathToParent, BsonDocument subObject, ProjectionNode parent)
    {
        var fullPath = fullPathToParent is null ? name : fullPathToParent + "." + name;
        if (subObject.ElementCount == 1 && subObject.GetElement(0).Name.StartsWith('$'))
        {
            ParseOperatorObject(name, fullPath, subObject, parent);
            return;
        }

        if (subObject.ElementCount == 0)
        {
            throw Error(51270, $"An empty sub-projection is not a valid value. Found empty object at path {fullPath}");
        }

        var parts = SplitPath(name);
        var current = parent;
        foreach (var part in parts)
        {
            if (!current.TryGetChild(part, out var child))
            {
                child = new ProjectionNode(ProjectionNodeKind.Subtree);
                current.Add(part, child);
            }
            else if (child.Kind != ProjectionNodeKind.Subtree)
            {
                throw Error(31250, $"Path collision at {fullPath}");
            }

            current = child;
        }

        foreach (var element in subObject)
        {
            ParseElement(element, fullPath, current);
        }
    }

    private void ParseOperatorObject(string name, string fullPath, BsonDocument subObject, ProjectionNode parent)
    {
        var operatorElement = subObject.GetElement(0);
        switch (operatorElement.Name)
        {
            case "$slice":
                MongoServerException sliceError;
                try
                {
                    var (skip, limit) = ParseFindSlice(operatorElement.Value);
                    AddAtPath(parent, SplitPath(name), new ProjectionNode(ProjectionNodeKind.Slice), name);
                    Slices.Add((new FieldPath(fullPath), skip, limit));
                    _hasFindSlice = true;
                    return;
                }
                catch (MongoServerException exception) when (exception.Code is 31257 or 31258 or 31272 or 31273)
                {
                    sliceError = exception;
                }

                try
                {
                    AddExpression(name, subObject, parent, isMeta: false);
                    return;
                }
                catch (MongoServerException)
                {
                    throw sliceError;
                }

            case "$elemMatch":
                if (operatorElement.Value is not BsonDocument condition)
                {
                    throw Error(31274, $"elemMatch: Invalid argument, object required, but got {BsonTypeNames.NameOf(operatorElement.Value.BsonType)}");
                }

                if (Positional is not null)
                {
                    throw Error(31255, "Cannot specify positional operator and $elemMatch.");
                }

                if (!ReferenceEquals(parent, Root) || name.Contains('.', StringComparison.Ordinal))
                {
                    throw Error(31275, "Cannot use $elemMatch projection on a nested field.");
                }

                var filter = QueryFilter.Parse(new BsonDocument(name, new BsonDocument("$elemMatch", condition)), _context);
                AddAtPath(parent, SplitPath(name), new ProjectionNode(ProjectionNodeKind.ElemMatch) { ElemMatch = filter }, name);
                _hasElemMatch = true;
                return;
            case "$meta":
                if (operatorElement.Value is BsonString { Value: "textScore" })
                {
                    AddAtPath(parent, SplitPath(name), new ProjectionNode(ProjectionNodeKind.TextScore), name);
                    _hasMeta = true;
                    NeedsTextScore = true;
                    return;
                }

                AddExpression(name, subObject, parent, isMeta: true);
                return;
            default:
                AddExpression(name, subObject, parent, isMeta: false);
                return;
        }
    }

    private void AddExpression(string name, BsonDocument subObject, ProjectionNode parent, bool isMeta)
    {
        if (_inclusion == false && !isMeta)
        {
            throw Error(31252, "Cannot use expression other than $meta in exclusion projection");
        }

        var expression = AggregationExpression.Parse(subObject, CreateParseContext());
        AddAtPath(parent, SplitPath(name), new ProjectionNode(ProjectionNodeKind.Expression) { Expression = expression }, name);
        if (isMeta)
        {
            _hasMeta = true;
        }
        else
        {
            _inclusion = true;
        }
    }

    private static (int? Skip, int Limit) ParseFindSlice(BsonValue argument)
    {
        if (argument.IsNumeric)
        {
            return (null, ToInt(argument));
        }

        if (argument is not BsonArray array)
        {
            throw Error(31273, "$slice only supports numbers and [skip, limit] arrays");
        }

        if (array.Count != 2)
        {
            throw Error(31272, "$slice array argument should be of form [skip, limit]");
        }

        if (!array[0].IsNumeric)
        {
            throw Error(31257, $"$slice expects the skip argument to be a number, got {BsonTypeNames.NameOf(array[0].BsonType)}");
        }

        if (!array[1].IsNumeric)
        {
            throw Error(31258, $"$slice expects the limit argument to be a number, got {BsonTypeNames.NameOf(array[1].BsonType)}");
        }

        var limit = ToInt(array[1]);
        if (limit <= 0)
        {
            throw Error(31259, $"$slice limit must be positive, got {limit}");
        }

        return (ToInt(array[0]), limit);
    }

    private static int ToInt(BsonValue number)
    {
        var real = number.ToDouble();
        return double.IsNaN(real) ? 0 : real >= int.MaxValue ? int.MaxValue : real <= int.MinValue ? int.MinValue : (int)real;
    }
}
