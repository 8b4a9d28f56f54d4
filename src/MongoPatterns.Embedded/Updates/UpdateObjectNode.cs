using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>
/// An intermediate level of an update: the children of a field, applied in MongoDB 5.0+ order (lexicographic, with
/// numeric names in numeric order). Holds the positional (<c>$</c>), all-positional (<c>$[]</c>) and filtered
/// (<c>$[x]</c>) children that apply to array elements.
/// </summary>
internal sealed class UpdateObjectNode : UpdateNode
{
    private readonly SortedDictionary<string, UpdateNode> _children = new(FieldNameComparer.Instance);
    private readonly SortedDictionary<string, UpdateNode> _filtered = new(StringComparer.Ordinal);
    private UpdateNode? _positional;
    private UpdateNode? _allPositional;

    private bool HasArrayChildren => _allPositional is not null || _filtered.Count > 0;

    /// <summary>Gets the child for a path part, if any.</summary>
    /// <param name="part">The part (field name, <c>$</c>, <c>$[]</c> or <c>$[x]</c>).</param>
    /// <param name="kind">The kind of part.</param>
    /// <returns>The child or <see langword="null"/>.</returns>
    public UpdateNode? GetChild(string part, UpdatePathPartKind kind) => kind switch
    {
        UpdatePathPartKind.Positional => _positional,
        UpdatePathPartKind.AllPositional => _allPositional,
        UpdatePathPartKind.Filtered => _filtered.GetValueOrDefault(part),
        _ => _children.GetValueOrDefault(part),
    };

    /// <summary>Sets the child for a path part.</summary>
    /// <param name="part">The part.</param>
    /// <param name="kind">The kind of part.</param>
    /// <param name="child">The child.</param>
    public void SetChild(string part, UpdatePathPartKind kind, UpdateNode child)
    {
        switch (kind)
        {
            case UpdatePathPartKind.Positional:
                _positional = child;
                break;
            case UpdatePathPartKind.AllPositional:
                _allPositional = child;
                break;
            case UpdatePathPartKind.Filtered:
                _filtered[part] = child;
                break;
            default:
                _children[part] = child;
                break;
        }
    }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context)
    {
        foreach (var child in _children.Values)
        {
            if (child.AllowsCreation(context))
            {
                return true;
            }
        }

        return (_positional?.AllowsCreation(context) ?? false)
            || (_allPositional?.AllowsCreation(context) ?? false)
            || _filtered.Values.Any(child => child.AllowsCreation(context));
    }

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        switch (existing)
        {
            case null:
                if (HasArrayChildren)
                {
                    throw new MongoServerException(ErrorCodes.BadValue, $"The path '{context.CurrentPath}' must exist in the document in order to apply array updates.");
                }

                if (!AllowsCreation(context))
                {
                    return;
                }

                var created = new BsonDocument();
                ApplyToDocument(context, created);
                if (created.ElementCount > 0)
                {
                    slot.Set(created);
                }

                break;
            case BsonDocument document:
                if (HasArrayChildren)
                {
                    throw NotAnArray(slot, existing);
                }

                ApplyToDocument(context, document);
                break;
            case BsonArray array:
                ApplyToArray(context, array, slot);
                break;
            default:
                if (HasArrayChildren)
                {
                    throw NotAnArray(slot, existing);
                }

                foreach (var (name, child) in ResolveChildren(context))
                {
                    if (child.AllowsCreation(context))
                    {
                        throw new MongoServerException(
                            ErrorCodes.PathNotViable,
                            $"Cannot create field '{name}' in element {{{BsonDisplay.FormatElement(slot.Name, existing)}}}");
                    }
                }

                break;
        }
    }

    /// <summary>Applies the children to the fields of a document.</summary>
    /// <param name="context">The application state.</param>
    /// <param name="document">The document (modified in place).</param>
    public void ApplyToDocument(UpdateContext context, BsonDocument document)
    {
        foreach (var (name, child) in ResolveChildren(context))
        {
            context.Push(name);
            child.Apply(context, ElementSlot.InDocument(document, name), document.TryGetValue(name, out var value) ? value : null);
            context.Pop();
        }
    }

    /// <summary>Merges nodes that apply to the same array element; leaves that collide are a conflict.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="path">The element's path, for the error.</param>
    /// <returns>The merged node.</returns>
    public static UpdateNode Merge(IReadOnlyList<UpdateNode> nodes, string path)
    {
        if (nodes.Count == 1)
        {
            return nodes[0];
        }

        var merged = new UpdateObjectNode();
        foreach (var node in nodes)
        {
            if (node is not UpdateObjectNode objectNode)
            {
                throw Conflict(path);
            }

            foreach (var (name, child) in objectNode._children)
            {
                merged._children[name] = merged._children.TryGetValue(name, out var other) ? Merge([other, child], path + "." + name) : child;
            }

            foreach (var (name, child) in objectNode._filtered)
            {
                merged._filtered[name] = merged._filtered.TryGetValue(name, out var other) ? Merge([other, child], path + "." + name) : child;
            }

            if (objectNode._positional is not null)
            {
                merged._positional = merged._positional is null ? objectNode._positional : Merge([merged._positional, objectNode._positional], path + ".$");
            }

            if (objectNode._allPositional is not null)
            {
                merged._allPositional = merged._allPositional is null ? objectNode._allPositional : Merge([merged._allPositional, objectNode._allPositional], path + ".$[]");
            }
        }

        return merged;
    }

    private static MongoServerException Conflict(string path) =>
        new(ErrorCodes.ConflictingUpdateOperators, $"Update created a conflict at '{path}'");

    private static MongoServerException NotAnArray(ElementSlot slot, BsonValue value) =>
        new(ErrorCodes.BadValue, $"Cannot apply array updates to non-array element {BsonDisplay.FormatElement(slot.Name, value)}");

    private SortedDictionary<string, UpdateNode> ResolveChildren(UpdateContext context)
    {
        if (_positional is null)
        {
            return _children;
        }

        if (context.Details?.PositionalIndex is not { } index)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "The positional operator did not find the match needed from the query.");
        }

        var name = index.ToString(CultureInfo.InvariantCulture);
        var resolved = new SortedDictionary<string, UpdateNode>(_children, FieldNameComparer.Instance);
        var prefix = context.CurrentPath;
        resolved[name] = resolved.TryGetValue(name, out var explicitChild)
            ? Merge([explicitChild, _positional], prefix.Length == 0 ? name : prefix + "." + name)
            : _positional;
        return resolved;
    }

    private void ApplyToArray(UpdateContext context, BsonArray array, ElementSlot slot)
    {
        var perIndex = new SortedDictionary<int, List<UpdateNode>>();
        foreach (var (name, child) in ResolveChildren(context))
        {
            var index = FieldPath.ParseArrayIndex(name);
            if (index < 0)
            {
                if (child.AllowsCreation(context))
                {
                    throw new MongoServerException(
                        ErrorCodes.PathNotViable,
                        $"Cannot create field '{name}' in element {{{BsonDisplay.FormatElement(slot.Name, array)}}}");
                }

                continue;
            }

            Add(perIndex, index, child);
        }

        if (_allPositional is not null)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Add(perIndex, i, _allPositional);
            }
        }

        foreach (var (identifier, child) in _filtered)
        {
            var filter = context.ArrayFilters[identifier[2..^1]];
            for (var i = 0; i < array.Count; i++)
            {
                if (filter.Matches(new BsonDocument(identifier[2..^1], array[i])))
                {
                    Add(perIndex, i, child);
                }
            }
        }

        var prefix = context.CurrentPath;
        foreach (var (index, nodes) in perIndex)
        {
            var name = index.ToString(CultureInfo.InvariantCulture);
            var node = Merge(nodes, prefix.Length == 0 ? name : prefix + "." + name);
            context.Push(name);
            context.ArrayDepth++;
            node.Apply(context, ElementSlot.InArray(array, index), index < array.Count ? array[index] : null);
            context.ArrayDepth--;
            context.Pop();
        }
    }

    private static void Add(SortedDictionary<int, List<UpdateNode>> perIndex, int index, UpdateNode node)
    {
        if (!perIndex.TryGetValue(index, out var list))
        {
            list = [];
            perIndex[index] = list;
        }

        list.Add(node);
    }
}
