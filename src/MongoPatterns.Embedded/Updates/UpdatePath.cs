using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Updates;

/// <summary>A validated update path (<c>a.b</c>, <c>a.$.b</c>, <c>a.$[].b</c>, <c>a.$[x].b</c>).</summary>
internal sealed class UpdatePath
{
    private UpdatePath(string dotted, string[] parts, UpdatePathPartKind[] kinds)
    {
        Dotted = dotted;
        Parts = parts;
        Kinds = kinds;
    }

    /// <summary>Gets the dotted path.</summary>
    public string Dotted { get; }

    /// <summary>Gets the parts.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Gets the kind of each part.</summary>
    public IReadOnlyList<UpdatePathPartKind> Kinds { get; }

    /// <summary>Gets a value indicating whether the path has any positional part.</summary>
    public bool IsDynamic => Kinds.Any(kind => kind != UpdatePathPartKind.Field);

    /// <summary>Gets the identifier of a filtered positional part (<c>$[x]</c> → <c>x</c>).</summary>
    /// <param name="index">The part position.</param>
    /// <returns>The identifier.</returns>
    public string IdentifierAt(int index) => Parts[index][2..^1];

    /// <summary>Gets the dotted prefix of the first <paramref name="count"/> parts.</summary>
    /// <param name="count">The number of parts.</param>
    /// <returns>The prefix.</returns>
    public string Prefix(int count) => string.Join('.', Parts.Take(count));

    /// <summary>Parses and validates an update path with MongoDB's rules and error codes.</summary>
    /// <param name="dotted">The path.</param>
    /// <returns>The path.</returns>
    public static UpdatePath Parse(string dotted)
    {
        if (dotted.Length == 0)
        {
            throw new MongoServerException(ErrorCodes.EmptyFieldName, "An empty update path is not valid.");
        }

        var parts = dotted.Split('.');
        var kinds = new UpdatePathPartKind[parts.Length];
        var positionalCount = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                throw new MongoServerException(ErrorCodes.EmptyFieldName, $"The update path '{dotted}' contains an empty field name, which is not allowed.");
            }

            if (!part.StartsWith('$'))
            {
                kinds[i] = UpdatePathPartKind.Field;
                continue;
            }

            if (part == "$")
            {
                kinds[i] = UpdatePathPartKind.Positional;
                positionalCount++;
            }
            else if (part == "$[]")
            {
                kinds[i] = UpdatePathPartKind.AllPositional;
            }
            else if (part.Length > 3 && part.StartsWith("$[", StringComparison.Ordinal) && part.EndsWith(']'))
            {
                kinds[i] = UpdatePathPartKind.Filtered;
            }
            else
            {
                throw new MongoServerException(ErrorCodes.DollarPrefixedFieldName, $"The dollar ($) prefixed field '{part}' in '{dotted}' is not valid for storage.");
            }
        }

        if (positionalCount > 1)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Too many positional (i.e. '$') elements found in path '{dotted}'");
        }

        if (kinds[0] == UpdatePathPartKind.Positional)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Cannot have positional (i.e. '$') element in the first position in path '{dotted}'");
        }

        if (kinds[0] is UpdatePathPartKind.AllPositional or UpdatePathPartKind.Filtered)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Cannot have array filter identifier (i.e. '$[<id>]') element in the first position in path '{dotted}'");
        }

        return new UpdatePath(dotted, parts, kinds);
    }
}
