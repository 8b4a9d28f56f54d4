using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>distinct</c>: the distinct values of a field (arrays unwound), in BSON order like MongoDB's value set.</summary>
internal sealed class DistinctCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["distinct"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var name = CommandArguments.CollectionName(context);
        var key = CommandArguments.GetString(command, "distinct", "key")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'distinct.key' is missing but a required field");
        if (key.Length == 0)
        {
            throw new MongoServerException(ErrorCodes.BadValue, "FieldPath cannot be constructed with empty string");
        }

        var query = CommandArguments.GetDocument(command, "distinct", "query") ?? new BsonDocument();
        var collection = context.Catalog.FindCollection(context.Database, name);
        var queryContext = QueryHelpers.CreateQueryContext(context, null, collection, command.GetValue("collation", null));
        var filter = QueryFilter.Parse(query, queryContext);
        var values = new SortedSet<BsonValue>(BsonValueComparer.Instance);
        var parts = key.Split('.');
        foreach (var (record, _) in QueryHelpers.Matches(collection, filter, QueryHelpers.GetHint(command), null))
        {
            Collect(record.Document, parts, 0, values);
        }

        return Replies.Ok(new BsonDocument("values", queryContext.Collation is { } collation ? Collate(values, collation) : new BsonArray(values)));
    }

    /// <summary>Keeps one value per collation key (the first in binary order), in collation order, as MongoDB does.</summary>
    private static BsonArray Collate(SortedSet<BsonValue> values, Collation collation)
    {
        var distinct = new SortedDictionary<BsonValue, BsonValue>(BsonValueComparer.Instance);
        foreach (var value in values)
        {
            distinct.TryAdd(collation.Key(value), value);
        }

        return new BsonArray(distinct.Values);
    }

    private static void Collect(BsonValue current, string[] parts, int index, SortedSet<BsonValue> values)
    {
        if (index == parts.Length)
        {
            if (current is BsonArray array)
            {
                foreach (var item in array)
                {
                    values.Add(item);
                }
            }
            else
            {
                values.Add(current);
            }

            return;
        }

        switch (current)
        {
            case BsonDocument document when document.TryGetValue(parts[index], out var child):
                Collect(child, parts, index + 1, values);
                break;
            case BsonArray array:
                if (int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
                {
                    if (position < array.Count)
                    {
                        Collect(array[position], parts, index + 1, values);
                    }

                    break;
                }

                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        Collect(item, parts, index, values);
                    }
                }

                break;
        }
    }
}
