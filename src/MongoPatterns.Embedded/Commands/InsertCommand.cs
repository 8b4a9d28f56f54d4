using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;
using MongoPatterns.Embedded.Wire;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>insert</c>: ordered or unordered, per-document write errors, implicit collection creation.</summary>
internal sealed class InsertCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["insert"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <summary>Checks the number of operations of a write command.</summary>
    /// <param name="count">The number of operations.</param>
    /// <exception cref="MongoServerException">InvalidLength (16) outside [1, 100000].</exception>
    public static void ValidateBatchSize(int count)
    {
        if (count < 1 || count > WireLimits.MaxWriteBatchSize)
        {
            throw new MongoServerException(ErrorCodes.InvalidLength, $"Write batch sizes must be between 1 and {WireLimits.MaxWriteBatchSize}. Got {count} operations.");
        }
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = context.Command;
        var name = CommandArguments.CollectionName(context);
        var documents = CommandArguments.GetArray(command, "insert", "documents")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'insert.documents' is missing but a required field");
        ValidateBatchSize(documents.Count);
        var ordered = CommandArguments.GetBoolean(command, "insert", "ordered", true);
        var bypass = CommandArguments.GetBoolean(command, "insert", "bypassDocumentValidation");
        NamespaceRules.ValidateWritableCollection(context.Database, name);
        var writeErrors = new BsonArray();
        var inserted = context.Write(writer =>
        {
            var collection = writer.GetOrCreateCollection(context.Database, name, out _);
            var n = 0;
            for (var i = 0; i < documents.Count; i++)
            {
                try
                {
                    if (documents[i] is not BsonDocument document)
                    {
                        throw CommandArguments.WrongType("insert", "documents." + i.ToString(System.Globalization.CultureInfo.InvariantCulture), documents[i], "'object'");
                    }

                    var prepared = DocumentPreparer.PrepareInsert(document);
                    var bytes = DocumentPreparer.Encode(prepared);
                    if (!bypass && collection.Validator?.Check(prepared, null, collection.Namespace) is { } validationError)
                    {
                        throw validationError;
                    }

                    collection = collection.Insert(prepared, bytes, writer.Version);
                    n++;
                }
                catch (MongoServerException exception)
                {
                    writeErrors.Add(Replies.WriteError(i, exception));
                    if (ordered)
                    {
                        break;
                    }
                }
            }

            writer.SetCollection(collection);
            return n;
        });

        var reply = new BsonDocument("n", inserted);
        if (writeErrors.Count > 0)
        {
            reply.Add("writeErrors", writeErrors);
        }

        return Replies.Ok(reply);
    }
}
