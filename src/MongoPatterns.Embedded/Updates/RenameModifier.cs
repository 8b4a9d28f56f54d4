using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// <c>$rename</c>, placed at the destination path: moves the source value there and removes the source. The source
/// path holds a <see cref="ConflictPlaceholderNode"/>. Neither path may go through an array.
/// </summary>
internal sealed class RenameModifier : ModifierNode
{
    private readonly UpdatePath _source;

    /// <summary>Creates the modifier.</summary>
    /// <param name="source">The validated source path.</param>
    public RenameModifier(UpdatePath source)
        : base("$rename") => _source = source;

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => FindSource(context, out _, out _) is not null;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        var value = FindSource(context, out var parent, out var arrayPrefix);
        if (arrayPrefix is not null)
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"The source field cannot be an array element, '{_source.Dotted}' in doc with {context.IdText} has an array field called '{arrayPrefix}'");
        }

        if (value is null)
        {
            return;
        }

        if (context.ArrayDepth > 0 || slot.IsArrayElement)
        {
            throw new MongoServerException(
                ErrorCodes.BadValue,
                $"The destination field cannot be an array element, '{context.CurrentPath}' in doc with {context.IdText} has an array field called '{FirstArrayOnPath(context.Document, context.CurrentPath)}'");
        }

        slot.Set(value);
        parent!.Remove(_source.Parts[^1]);
    }

    private static string FirstArrayOnPath(BsonDocument document, string path)
    {
        var parts = path.Split('.');
        BsonValue current = document;
        for (var i = 0; i < parts.Length; i++)
        {
            if (current is not BsonDocument level || !level.TryGetValue(parts[i], out var next))
            {
                break;
            }

            if (next is BsonArray)
            {
                return string.Join('.', parts.Take(i + 1));
            }

            current = next;
        }

        return path;
    }

    private BsonValue? FindSource(UpdateContext context, out BsonDocument? parent, out string? arrayPrefix)
    {
        parent = null;
        arrayPrefix = null;
        BsonValue current = context.Document;
        for (var i = 0; i < _source.Parts.Count; i++)
        {
            if (current is BsonArray)
            {
                arrayPrefix = _source.Prefix(i);
                return null;
            }

            if (current is not BsonDocument document || !document.TryGetValue(_source.Parts[i], out var next))
            {
                return null;
            }

            parent = document;
            current = next;
        }

        return current;
    }
}
