using MongoPatterns.Bson;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>One level of a <c>$project</c>/<c>$addFields</c> specification: per field, an inclusion, an exclusion, a computed value or a nested level.</summary>
internal sealed class StageProjectionNode
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>What a specification says about one field.</summary>
    public enum EntryKind
    {
        /// <summary>Keep the field.</summary>
        Include,

        /// <summary>Drop the field.</summary>
        Exclude,

        /// <summary>Set the field to an expression's value.</summary>
        Computed,

        /// <summary>Apply a nested specification to the field.</summary>
        Child,
    }

    /// <summary>Gets whether this level or a nested one computes values.</summary>
    public bool HasComputed { get; private set; }

    /// <summary>Gets the entry for a field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>Whether the field is mentioned.</returns>
    public bool TryGet(string name, out Entry entry) => _entries.TryGetValue(name, out entry!);

    /// <summary>Adds an entry at a dotted path, creating nested levels (path collision errors 31249/31250).</summary>
    /// <param name="path">The path components.</param>
    /// <param name="fullPath">The dotted path for messages.</param>
    /// <param name="entry">The entry (for <see cref="EntryKind.Child"/>, its node may already hold entries).</param>
    /// <param name="stageName">The stage name for messages.</param>
    /// <returns>The node that received the entry's child, when the entry is a child.</returns>
    public StageProjectionNode? Add(string[] path, string fullPath, Entry entry, string stageName)
    {
        var node = this;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (node._entries.TryGetValue(path[i], out var existing))
            {
                if (existing.Kind != EntryKind.Child)
                {
                    ExpressionErrors.Throw(31249, $"Invalid {stageName} :: caused by :: Path collision at {fullPath} remaining portion {string.Join('.', path[(i + 1)..])}");
                }

                node = existing.Child!;
            }
            else
            {
                var child = new StageProjectionNode();
                node.Append(path[i], new Entry(EntryKind.Child, null, child));
                node = child;
            }
        }

        var leaf = path[^1];
        if (node._entries.TryGetValue(leaf, out var current))
        {
            if (current.Kind == EntryKind.Child && entry.Kind == EntryKind.Child)
            {
                return current.Child;
            }

            ExpressionErrors.Throw(31250, $"Invalid {stageName} :: caused by :: Path collision at {fullPath}");
        }

        node.Append(leaf, entry);
        return entry.Child;
    }

    /// <summary>Computes <see cref="HasComputed"/> for this level and every nested level; call once after parsing.</summary>
    /// <returns>Whether this level computes values.</returns>
    public bool Seal()
    {
        var computed = false;
        foreach (var entry in _entries.Values)
        {
            if (entry.Kind == EntryKind.Computed)
            {
                computed = true;
            }
            else if (entry.Kind == EntryKind.Child)
            {
                computed |= entry.Child!.Seal();
            }
        }

        HasComputed = computed;
        return computed;
    }

    /// <summary>Applies an inclusion projection.</summary>
    /// <param name="document">The input document.</param>
    /// <param name="context">The evaluation context (bound to the top-level document).</param>
    /// <returns>The projected document.</returns>
    public BsonDocument ApplyInclusion(BsonDocument document, EvaluationContext context)
    {
        var result = new BsonDocument();
        foreach (var element in document)
        {
            if (!_entries.TryGetValue(element.Name, out var entry) || result.Contains(element.Name))
            {
                continue;
            }

            if (entry.Kind == EntryKind.Include)
            {
                result.Add(element.Name, element.Value);
            }
            else if (entry.Kind == EntryKind.Child)
            {
                var projected = entry.Child!.IncludeValue(element.Value, context);
                if (projected is not null)
                {
                    result.Add(element.Name, projected);
                }
            }
        }

        if (HasComputed)
        {
            foreach (var name in _order)
            {
                var entry = _entries[name];
                if (entry.Kind == EntryKind.Computed)
                {
                    var value = entry.Expression!.Evaluate(context);
                    if (value is not null)
                    {
                        result.Set(name, value);
                    }
                }
                else if (entry.Kind == EntryKind.Child && entry.Child!.HasComputed && !result.Contains(name))
                {
                    result.Add(name, entry.Child.ApplyInclusion(new BsonDocument(), context));
                }
            }
        }

        return result;
    }

    /// <summary>Applies an exclusion projection.</summary>
    /// <param name="document">The input document.</param>
    /// <returns>The projected document.</returns>
    public BsonDocument ApplyExclusion(BsonDocument document)
    {
        var result = new BsonDocument();
        foreach (var element in document)
        {
            if (result.Contains(element.Name))
            {
                continue;
            }

            if (!_entries.TryGetValue(element.Name, out var entry))
            {
                result.Add(element.Name, element.Value);
            }
            else if (entry.Kind == EntryKind.Child)
            {
                result.Add(element.Name, entry.Child!.ExcludeValue(element.Value));
            }
            else if (entry.Kind != EntryKind.Exclude)
            {
                result.Add(element.Name, element.Value);
            }
        }

        return result;
    }

    /// <summary>Applies an <c>$addFields</c> specification: computed fields are set (MISSING removes them), nested levels merge.</summary>
    /// <param name="document">The input document.</param>
    /// <param name="context">The evaluation context (bound to the top-level document).</param>
    /// <returns>The new document.</returns>
    public BsonDocument ApplyAddFields(BsonDocument document, EvaluationContext context)
    {
        var result = DocumentPaths.ShallowCopy(document);
        foreach (var name in _order)
        {
            var entry = _entries[name];
            if (entry.Kind == EntryKind.Computed)
            {
                var value = entry.Expression!.Evaluate(context);
                if (value is null)
                {
                    result.Remove(name);
                }
                else
                {
                    result.Set(name, value);
                }
            }
            else if (entry.Kind == EntryKind.Child)
            {
                result.Set(name, entry.Child!.AddFieldsValue(result.TryGetValue(name, out var existing) ? existing : null, context));
            }
        }

        return result;
    }

    private BsonValue? IncludeValue(BsonValue value, EvaluationContext context)
    {
        switch (value)
        {
            case BsonDocument document:
                return ApplyInclusion(document, context);
            case BsonArray array:
                var result = new BsonArray(array.Count);
                foreach (var item in array)
                {
                    var projected = IncludeValue(item, context);
                    if (projected is not null)
                    {
                        result.Add(projected);
                    }
                }

                return result;
            default:
                return HasComputed ? ApplyInclusion(new BsonDocument(), context) : null;
        }
    }

    private BsonValue ExcludeValue(BsonValue value)
    {
        switch (value)
        {
            case BsonDocument document:
                return ApplyExclusion(document);
            case BsonArray array:
                var result = new BsonArray(array.Count);
                foreach (var item in array)
                {
                    result.Add(ExcludeValue(item));
                }

                return result;
            default:
                return value;
        }
    }

    private BsonValue AddFieldsValue(BsonValue? value, EvaluationContext context)
    {
        switch (value)
        {
            case BsonDocument document:
                return ApplyAddFields(document, context);
            case BsonArray array:
                var result = new BsonArray(array.Count);
                foreach (var item in array)
                {
                    result.Add(AddFieldsValue(item, context));
                }

                return result;
            default:
                return ApplyAddFields(new BsonDocument(), context);
        }
    }

    private void Append(string name, Entry entry)
    {
        _order.Add(name);
        _entries.Add(name, entry);
    }

    /// <summary>A field's entry.</summary>
    /// <param name="Kind">What to do with the field.</param>
    /// <param name="Expression">The expression of a computed field.</param>
    /// <param name="Child">The nested level of a child entry.</param>
    public sealed record Entry(EntryKind Kind, AggregationExpression? Expression, StageProjectionNode? Child);
}
