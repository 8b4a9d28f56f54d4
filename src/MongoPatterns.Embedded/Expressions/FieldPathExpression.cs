using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>
/// A field path (<c>$a.b</c>) or variable reference (<c>$$name.a.b</c>). Paths over arrays map over the elements
/// (aggregation semantics): <c>$a.b</c> of <c>{a: [{b: 1}, {c: 2}, {b: 3}]}</c> is <c>[1, 3]</c>.
/// </summary>
internal sealed class FieldPathExpression : AggregationExpression
{
    /// <summary>The marker values of <c>$$DESCEND</c>, <c>$$PRUNE</c> and <c>$$KEEP</c> (only meaningful to <c>$redact</c>).</summary>
    internal static readonly BsonString DescendMarker = new("$$DESCEND");

    /// <inheritdoc cref="DescendMarker"/>
    internal static readonly BsonString PruneMarker = new("$$PRUNE");

    /// <inheritdoc cref="DescendMarker"/>
    internal static readonly BsonString KeepMarker = new("$$KEEP");

    private readonly string _variable;
    private readonly string[] _path;

    private FieldPathExpression(string variable, string[] path, string raw)
    {
        _variable = variable;
        _path = path;
        Raw = raw;
    }

    /// <summary>Gets the text as written (e.g. <c>$a.b</c>).</summary>
    public string Raw { get; }

    /// <summary>Gets the variable the path starts from (<c>CURRENT</c> for plain field paths).</summary>
    public string Variable => _variable;

    /// <summary>Gets the path components after the variable.</summary>
    public IReadOnlyList<string> Path => _path;

    /// <summary>Gets whether this is a plain field path on <c>$$CURRENT</c> (<c>$a.b</c>).</summary>
    public bool IsFieldPath => !Raw.StartsWith("$$", StringComparison.Ordinal) && _path.Length > 0;

    /// <summary>Parses <c>$path</c> or <c>$$variable.path</c>.</summary>
    /// <param name="raw">The text, starting with <c>$</c>.</param>
    /// <param name="context">Variables in scope.</param>
    /// <returns>The expression.</returns>
    public static FieldPathExpression Parse(string raw, ExpressionParseContext context)
    {
        if (raw.Length < 2)
        {
            ExpressionErrors.Throw(16872, "'$' by itself is not a valid FieldPath");
        }

        if (raw[1] == '$')
        {
            var rest = raw.AsSpan(2);
            var dot = rest.IndexOf('.');
            var name = (dot < 0 ? rest : rest[..dot]).ToString();
            ValidateVariableNameForRead(name);
            if (!context.DefinedVariables.Contains(name) && name is not ("DESCEND" or "PRUNE" or "KEEP" or "SEARCH_META"))
            {
                ExpressionErrors.Throw(17276, $"Use of undefined variable: {name}");
            }

            var path = dot < 0 ? [] : SplitPath(rest[(dot + 1)..].ToString());
            return new FieldPathExpression(name, path, raw);
        }

        return new FieldPathExpression("CURRENT", SplitPath(raw[1..]), raw);
    }

    /// <summary>Validates a field path (without the leading <c>$</c>) and splits it into its components.</summary>
    /// <param name="path">The dotted path.</param>
    /// <returns>The components.</returns>
    public static string[] SplitPath(string path)
    {
        if (path.Length == 0)
        {
            ExpressionErrors.Throw(40352, "FieldPath cannot be constructed with empty string");
        }

        if (path[^1] == '.')
        {
            ExpressionErrors.Throw(40353, "FieldPath must not end with a '.'.");
        }

        var parts = path.Split('.');
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                ExpressionErrors.Throw(15998, "FieldPath field names may not be empty strings.");
            }

            if (part[0] == '$')
            {
                ExpressionErrors.Throw(16410, "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }

            if (part.Contains('\0', StringComparison.Ordinal))
            {
                ExpressionErrors.Throw(16411, "FieldPath field names may not contain '\\0'.");
            }
        }

        return parts;
    }

    /// <summary>Validates a variable name being read (<c>$$name</c>).</summary>
    /// <param name="name">The name.</param>
    public static void ValidateVariableNameForRead(string name)
    {
        if (name.Length == 0)
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, "empty variable names are not allowed");
        }

        var first = name[0];
        if (!(char.IsAsciiLetter(first) || first > 0x7F))
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"'{name}' starts with an invalid character for a user variable name");
        }

        ValidateVariableNameRest(name);
    }

    /// <summary>Validates a variable name being defined (<c>$let</c>, <c>as</c>, <c>let</c>): it must start with a lowercase letter or a non-ASCII character.</summary>
    /// <param name="name">The name.</param>
    public static void ValidateVariableNameForWrite(string name)
    {
        if (name.Length == 0)
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, "empty variable names are not allowed");
        }

        var first = name[0];
        if (!(char.IsAsciiLetterLower(first) || first > 0x7F))
        {
            ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"'{name}' starts with an invalid character for a user variable name");
        }

        ValidateVariableNameRest(name);
    }

    /// <summary>
    /// Follows <paramref name="path"/> from <paramref name="value"/> with aggregation semantics: arrays map over their
    /// document and array elements, other elements are skipped, and a missing field yields MISSING.
    /// </summary>
    /// <param name="value">The starting value.</param>
    /// <param name="path">The path components.</param>
    /// <param name="index">The first component to follow.</param>
    /// <returns>The value, or <see langword="null"/> when missing.</returns>
    public static BsonValue? Navigate(BsonValue value, IReadOnlyList<string> path, int index)
    {
        while (true)
        {
            if (index >= path.Count)
            {
                return value;
            }

            switch (value)
            {
                case BsonDocument document:
                    if (!document.TryGetValue(path[index], out var next))
                    {
                        return null;
                    }

                    value = next;
                    index++;
                    continue;
                case BsonArray array:
                    var result = new BsonArray(array.Count);
                    foreach (var item in array)
                    {
                        if (item is BsonDocument or BsonArray)
                        {
                            var mapped = Navigate(item, path, index);
                            if (mapped is not null)
                            {
                                result.Add(mapped);
                            }
                        }
                    }

                    return result;
                default:
                    return null;
            }
        }
    }

    /// <inheritdoc />
    public override BsonValue? Evaluate(EvaluationContext context)
    {
        BsonValue? start;
        switch (_variable)
        {
            case "CURRENT":
                start = context.TryGetScopedVariable("CURRENT", out var current) ? current : context.Current;
                break;
            case "ROOT":
                start = context.Root;
                break;
            case "NOW":
                start = new BsonDateTime(context.Now);
                break;
            case "REMOVE":
                return null;
            case "CLUSTER_TIME":
                start = new BsonTimestamp((uint)Math.Max(0, new DateTimeOffset(DateTime.SpecifyKind(context.Now, DateTimeKind.Utc)).ToUnixTimeSeconds()), 1);
                break;
            case "USER_ROLES":
                start = new BsonArray();
                break;
            case "DESCEND":
                return DescendMarker;
            case "PRUNE":
                return PruneMarker;
            case "KEEP":
                return KeepMarker;
            default:
                if (!context.TryGetVariable(_variable, out start))
                {
                    ExpressionErrors.Throw(17276, $"Use of undefined variable: {_variable}");
                }

                break;
        }

        if (start is null)
        {
            return null;
        }

        return _path.Length == 0 ? start : Navigate(start, _path, 0);
    }

    private static void ValidateVariableNameRest(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c > 0x7F))
            {
                ExpressionErrors.Throw(ErrorCodes.FailedToParse, $"'{name}' contains an invalid character for a variable name: '{c}'");
            }
        }
    }
}
