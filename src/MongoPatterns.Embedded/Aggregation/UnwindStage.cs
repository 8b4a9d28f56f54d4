using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary><c>$unwind</c>: one output document per array element (streaming).</summary>
internal sealed class UnwindStage : PipelineStage
{
    private readonly string[] _path;
    private readonly string[]? _indexPath;
    private readonly bool _preserveNullAndEmptyArrays;

    private UnwindStage(string[] path, string[]? indexPath, bool preserveNullAndEmptyArrays)
    {
        _path = path;
        _indexPath = indexPath;
        _preserveNullAndEmptyArrays = preserveNullAndEmptyArrays;
    }

    /// <inheritdoc />
    public override string Name => "$unwind";

    /// <summary>Parses the stage: <c>"$path"</c> or <c>{path, includeArrayIndex, preserveNullAndEmptyArrays}</c>.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stage.</returns>
    public static PipelineStage Parse(string name, BsonValue specification, PipelineParseScope scope)
    {
        string? path = null;
        string? index = null;
        var preserve = false;
        switch (specification)
        {
            case BsonString text:
                path = text.Value;
                break;
            case BsonDocument document:
                foreach (var element in document)
                {
                    switch (element.Name)
                    {
                        case "path":
                            path = element.Value is BsonString pathText
                                ? pathText.Value
                                : ExpressionErrors.Throw<string>(28808, $"expected a string as the path for $unwind stage, got {ExpressionTypeNames.NameOf(element.Value)}");
                            break;
                        case "includeArrayIndex":
                            if (element.Value is not BsonString { Value.Length: > 0 } indexText)
                            {
                                return ExpressionErrors.Throw<PipelineStage>(28810, $"expected a non-empty string for the includeArrayIndex  option to $unwind stage, got {ExpressionTypeNames.NameOf(element.Value)}");
                            }

                            if (indexText.Value.StartsWith('$'))
                            {
                                ExpressionErrors.Throw(28822, $"includeArrayIndex option to $unwind stage should not be prefixed with a '$': {indexText.Value}");
                            }

                            index = indexText.Value;
                            break;
                        case "preserveNullAndEmptyArrays":
                            preserve = element.Value is BsonBoolean flag
                                ? flag.Value
                                : ExpressionErrors.Throw<bool>(28809, $"expected a boolean for the preserveNullAndEmptyArrays option to $unwind stage, got {ExpressionTypeNames.NameOf(element.Value)}");
                            break;
                        default:
                            ExpressionErrors.Throw(28811, $"unrecognized option to $unwind stage: {element.Name}");
                            break;
                    }
                }

                if (path is null)
                {
                    ExpressionErrors.Throw(28812, "no path specified to $unwind stage");
                }

                break;
            default:
                return ExpressionErrors.Throw<PipelineStage>(15981, $"expected either a string or an object as specification for $unwind stage, got {ExpressionTypeNames.NameOf(specification)}");
        }

        if (path.Length == 0 || path[0] != '$')
        {
            ExpressionErrors.Throw(28818, $"path option to $unwind stage should be prefixed with a '$': {path}");
        }

        return new UnwindStage(FieldPathExpression.SplitPath(path[1..]), index is null ? null : FieldPathExpression.SplitPath(index), preserve);
    }

    /// <inheritdoc />
    public override IEnumerable<BsonDocument> Execute(IEnumerable<BsonDocument> input, PipelineRuntime runtime)
    {
        foreach (var document in input)
        {
            var value = DocumentPaths.GetNested(document, _path);
            if (value is BsonArray array)
            {
                if (array.Count == 0)
                {
                    if (_preserveNullAndEmptyArrays)
                    {
                        var kept = DocumentPaths.WithoutValue(document, _path);
                        yield return Carry(runtime, document, _indexPath is null ? kept : DocumentPaths.WithValue(kept, _indexPath, BsonNull.Value));
                    }

                    continue;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    var unwound = DocumentPaths.WithValue(document, _path, array[i]);
                    if (_indexPath is not null)
                    {
                        unwound = DocumentPaths.WithValue(unwound, _indexPath, BsonInt64.Create(i));
                    }

                    yield return Carry(runtime, document, unwound);
                }
            }
            else if (value is null || value.IsBsonNull)
            {
                if (_preserveNullAndEmptyArrays)
                {
                    yield return Carry(runtime, document, _indexPath is null ? document : DocumentPaths.WithValue(document, _indexPath, BsonNull.Value));
                }
            }
            else
            {
                yield return Carry(runtime, document, _indexPath is null ? document : DocumentPaths.WithValue(document, _indexPath, BsonNull.Value));
            }
        }
    }

    private static BsonDocument Carry(PipelineRuntime runtime, BsonDocument from, BsonDocument to)
    {
        runtime.CarryMetadata(from, to);
        return to;
    }
}
