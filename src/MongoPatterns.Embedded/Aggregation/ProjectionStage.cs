using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$project</c>, <c>$addFields</c>/<c>$set</c> and <c>$unset</c> (streaming).</summary>
internal sealed class ProjectionStage : PipelineStage
{
    private readonly StageProjectionNode _root;
    private readonly Mode _mode;

    private ProjectionStage(string name, StageProjectionNode root, Mode mode)
    {
        Name = name;
        _root = root;
        _mode = mode;
        root.Seal();
    }

    private enum Mode
    {
        Inclusion,
        Exclusion,
        AddFields,
    }

    private enum FieldKind
    {
        Include,
        Exclude,
        Computed,
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <summary>Parses <c>$project</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage ParseProject(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(15969, "$project specification must be an object");
        }

        if (document.ElementCount == 0)
        {
            ExpressionErrors.Throw(51272, "Invalid $project :: caused by :: projection specification must have at least one field");
        }

        var root = new StageProjectionNode();
        Mode? mode = null;
        bool? idIncluded = null;
        WalkProject(document, root, string.Empty, scope, ref mode, ref idIncluded);
        if (mode is null)
        {
            mode = idIncluded == false ? Mode.Exclusion : Mode.Inclusion;
        }

        if (mode == Mode.Inclusion && idIncluded is null && !root.TryGet("_id", out _))
        {
            root.Add(["_id"], "_id", new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Include, null, null), "$project");
        }

        return new ProjectionStage(name, root, mode.Value);
    }

    /// <summary>Parses <c>$addFields</c> or <c>$set</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage ParseAddFields(string name, BsonValue specification, PipelineParseScope scope)
    {
        if (specification is not BsonDocument document)
        {
            return ExpressionErrors.Throw<PipelineStage>(40272, $"{name} specification stage must be an object, got {ExpressionTypeNames.NameOf(specification)}");
        }

        var root = new StageProjectionNode();
        WalkAddFields(name, document, root, string.Empty, scope);
        return new ProjectionStage(name, root, Mode.AddFields);
    }

    /// <summary>Parses <c>$unset</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">A field path or an array of field paths.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage ParseUnset(string name, BsonValue specification, PipelineParseScope scope)
    {
        IEnumerable<BsonValue> paths = specification switch
        {
            BsonString => [specification],
            BsonArray { Count: 0 } => ExpressionErrors.Throw<BsonValue[]>(31119, "$unset specification must be a string or an array with at least one field"),
            BsonArray array => array,
            _ => ExpressionErrors.Throw<BsonValue[]>(31002, "$unset specification must be a string or an array"),
        };
        var root = new StageProjectionNode();
        foreach (var path in paths)
        {
            if (path is not BsonString text)
            {
                return ExpressionErrors.Throw<PipelineStage>(31120, "$unset specification must be a string or an array containing only string values");
            }

            root.Add(SplitFieldPath(text.Value, "$unset"), text.Value, new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Exclude, null, null), "$unset");
        }

        return new ProjectionStage(name, root, Mode.Exclusion);
    }

    /// <summary>Applies the stage to one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">An evaluation context bound to the document.</param>
    /// <returns>The new document.</returns>
    public BsonDocument Apply(BsonDocument document, EvaluationContext context) => _mode switch
    {
        Mode.Inclusion => _root.ApplyInclusion(document, context),
        Mode.Exclusion => _root.ApplyExclusion(document),
        _ => _root.ApplyAddFields(document, context),
    };

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        EvaluationContext? context = null;
        foreach (var document in input)
        {
            if (context is null)
            {
                context = runtime.CreateEvaluationContext(document);
            }
            else
            {
                runtime.Bind(context, document);
            }

            var result = Apply(document, context);
            runtime.CarryMetadata(document, result);
            yield return result;
        }
    }

    private static string[] SplitFieldPath(string path, string stageName)
    {
        if (path.Length == 0)
        {
            ExpressionErrors.Throw(40352, $"Invalid {stageName} :: caused by :: FieldPath cannot be constructed with empty string");
        }

        if (path[0] == '$')
        {
            ExpressionErrors.Throw(16410, $"Invalid {stageName} :: caused by :: FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        if (path[^1] == '.')
        {
            ExpressionErrors.Throw(40353, $"Invalid {stageName} :: caused by :: FieldPath must not end with a '.'.");
        }

        var parts = path.Split('.');
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                ExpressionErrors.Throw(15998, $"Invalid {stageName} :: caused by :: FieldPath field names may not be empty strings.");
            }
        }

        return parts;
    }

    private static void WalkProject(BsonDocument document, StageProjectionNode node, string prefix, PipelineParseScope scope, ref Mode? mode, ref bool? idIncluded)
    {
        foreach (var element in document)
        {
            var fullPath = prefix + element.Name;
            var path = SplitFieldPath(element.Name, "$project");
            var value = element.Value;
            if (value is BsonBoolean || value.IsNumeric)
            {
                var include = value.ToBoolean();
                if (fullPath == "_id")
                {
                    idIncluded = include;
                }
                else
                {
                    SetMode(ref mode, include ? FieldKind.Include : FieldKind.Exclude, fullPath);
                }

                node.Add(path, fullPath, new StageProjectionNode.Entry(include ? StageProjectionNode.EntryKind.Include : StageProjectionNode.EntryKind.Exclude, null, null), "$project");
                continue;
            }

            if (value is BsonDocument nested && (nested.ElementCount == 0 || !nested.GetElement(0).Name.StartsWith('$')))
            {
                if (nested.ElementCount == 0)
                {
                    ExpressionErrors.Throw(51270, $"Invalid $project :: caused by :: An empty sub-projection is not a valid value. Found empty object at path {fullPath}");
                }

                var child = node.Add(path, fullPath, new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Child, null, new StageProjectionNode()), "$project")!;
                WalkProject(nested, child, fullPath + ".", scope, ref mode, ref idIncluded);
                continue;
            }

            var expression = AggregationExpression.Parse(value, scope.Expressions);
            if (fullPath == "_id")
            {
                idIncluded = true;
            }

            SetMode(ref mode, FieldKind.Computed, fullPath);
            node.Add(path, fullPath, new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Computed, expression, null), "$project");
        }
    }

    private static void SetMode(ref Mode? mode, FieldKind kind, string path)
    {
        var wanted = kind == FieldKind.Exclude ? Mode.Exclusion : Mode.Inclusion;
        if (mode is null)
        {
            mode = wanted;
            return;
        }

        if (mode == wanted)
        {
            return;
        }

        switch (kind)
        {
            case FieldKind.Exclude:
                ExpressionErrors.Throw(31254, $"Invalid $project :: caused by :: Cannot do exclusion on field {path} in inclusion projection");
                break;
            case FieldKind.Include:
                ExpressionErrors.Throw(31253, $"Invalid $project :: caused by :: Cannot do inclusion on field {path} in exclusion projection");
                break;
            default:
                ExpressionErrors.Throw(31252, "Invalid $project :: caused by :: Cannot use expression other than $meta in exclusion projection");
                break;
        }
    }

    private static void WalkAddFields(string stageName, BsonDocument document, StageProjectionNode node, string prefix, PipelineParseScope scope)
    {
        foreach (var element in document)
        {
            var fullPath = prefix + element.Name;
            var path = SplitFieldPath(element.Name, stageName);
            if (element.Value is BsonDocument nested && nested.ElementCount > 0 && !nested.GetElement(0).Name.StartsWith('$'))
            {
                var child = node.Add(path, fullPath, new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Child, null, new StageProjectionNode()), stageName)!;
                WalkAddFields(stageName, nested, child, fullPath + ".", scope);
                continue;
            }

            var expression = AggregationExpression.Parse(element.Value, scope.Expressions);
            node.Add(path, fullPath, new StageProjectionNode.Entry(StageProjectionNode.EntryKind.Computed, expression, null), stageName);
        }
    }
}
