using System.Globalization;
using System.Text;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Storage;

/// <summary>Builds MongoDB's E11000 duplicate key errors.</summary>
internal static class DuplicateKeyErrors
{
    /// <summary>Creates the error for a key that already exists in a unique index.</summary>
    /// <param name="namespace">The collection namespace (<c>db.coll</c>).</param>
    /// <param name="index">The index.</param>
    /// <param name="key">The duplicate key values.</param>
    /// <returns>The exception (code 11000 with <c>keyPattern</c> and <c>keyValue</c>).</returns>
    public static MongoServerException Create(string @namespace, IndexDefinition index, BsonValue[] key)
    {
        var keyValue = new BsonDocument();
        for (var i = 0; i < index.Fields.Count && i < key.Length; i++)
        {
            keyValue.Add(new BsonElement(index.Fields[i].Path, key[i]));
        }

        var message = new StringBuilder("E11000 duplicate key error collection: ")
            .Append(@namespace).Append(" index: ").Append(index.Name).Append(" dup key: ");
        AppendShell(message, keyValue);
        var extra = new BsonDocument { { "keyPattern", index.Key }, { "keyValue", keyValue } };
        return new MongoServerException(ErrorCodes.DuplicateKey, message.ToString(), extra);
    }

    /// <summary>Formats a value the way the server prints values in messages (<c>{ name: "x" }</c>).</summary>
    /// <param name="builder">The destination.</param>
    /// <param name="value">The value.</param>
    public static void AppendShell(StringBuilder builder, BsonValue value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case BsonDocument document:
                if (document.ElementCount == 0)
                {
                    builder.Append("{}");
                    return;
                }

                builder.Append("{ ");
                var first = true;
                foreach (var element in document)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(element.Name).Append(": ");
                    AppendShell(builder, element.Value);
                }

                builder.Append(" }");
                return;
            case BsonArray array:
                if (array.Count == 0)
                {
                    builder.Append("[]");
                    return;
                }

                builder.Append("[ ");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendShell(builder, array[i]);
                }

                builder.Append(" ]");
                return;
            case BsonString s:
                builder.Append('"').Append(s.Value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case BsonInt32 i32:
                builder.Append(i32.Value.ToString(CultureInfo.InvariantCulture));
                return;
            case BsonInt64 i64:
                builder.Append(i64.Value.ToString(CultureInfo.InvariantCulture));
                return;
            case BsonDouble d:
                builder.Append(d.Value == Math.Floor(d.Value) && Math.Abs(d.Value) < 1e15
                    ? d.Value.ToString("0.0", CultureInfo.InvariantCulture)
                    : d.Value.ToString("R", CultureInfo.InvariantCulture));
                return;
            case BsonObjectId oid:
                builder.Append("ObjectId('").Append(oid.Value.ToString()).Append("')");
                return;
            case BsonBoolean b:
                builder.Append(b.Value ? "true" : "false");
                return;
            case BsonNull:
                builder.Append("null");
                return;
            case BsonUndefined:
                builder.Append("undefined");
                return;
            case BsonDateTime date:
                builder.Append("new Date(").Append(date.MillisecondsSinceEpoch.ToString(CultureInfo.InvariantCulture)).Append(')');
                return;
            default:
                builder.Append(value.ToString());
                return;
        }
    }
}
