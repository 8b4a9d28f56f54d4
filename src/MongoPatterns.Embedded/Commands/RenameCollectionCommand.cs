using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>renameCollection</c> (admin only): moves a collection, optionally dropping the target.</summary>
internal sealed class RenameCollectionCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["renameCollection"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database != "admin")
        {
            throw new MongoServerException(ErrorCodes.Unauthorized, "renameCollection may only be run against the admin database.");
        }

        if (context.CommandValue is not BsonString { Value: var from })
        {
            throw CommandArguments.WrongType("renameCollection", "renameCollection", context.CommandValue, "'string'");
        }

        var to = CommandArguments.GetString(context.Command, "renameCollection", "to")
            ?? throw new MongoServerException(ErrorCodes.IDLFailedToParse, "BSON field 'renameCollection.to' is missing but a required field");
        var dropTarget = CommandArguments.GetBoolean(context.Command, "renameCollection", "dropTarget");
        var (sourceDb, sourceName) = Split(from);
        var (targetDb, targetName) = Split(to);
        NamespaceRules.ValidateWritableCollection(targetDb, targetName);
        if (from == to)
        {
            throw new MongoServerException(ErrorCodes.IllegalOperation, "Can't rename a collection to itself");
        }

        context.Services.Storage.Write(writer =>
        {
            var source = writer.GetCollection(sourceDb, sourceName)
                ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"Source collection {from} does not exist");
            if (writer.GetCollection(targetDb, targetName) is not null)
            {
                if (!dropTarget)
                {
                    throw new MongoServerException(ErrorCodes.NamespaceExists, "target namespace exists");
                }

                writer.DropCollection(targetDb, targetName);
            }

            writer.DropCollection(sourceDb, sourceName);
            writer.SetCollection(source.Renamed(targetDb, targetName));
            return 0;
        });
        return Replies.Ok();
    }

    private static (string Database, string Collection) Split(string ns)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == ns.Length - 1)
        {
            throw new MongoServerException(ErrorCodes.InvalidNamespace, $"Invalid namespace specified '{ns}'");
        }

        return (ns[..dot], ns[(dot + 1)..]);
    }
}
