using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>collMod</c>: changes the validator, validation level/action, and index <c>hidden</c>/<c>expireAfterSeconds</c>.</summary>
internal sealed class CollModCommand : CommandHandler
{
    private static readonly string[] ValidationFields = ["validator", "validationLevel", "validationAction"];

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["collMod"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        var command = context.Command;
        var reply = new BsonDocument();
        context.Services.Storage.Write(writer =>
        {
            var collection = writer.GetCollection(context.Database, name)
                ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, "ns does not exist");
            var options = collection.Options.DeepClone();
            foreach (var field in ValidationFields)
            {
                if (command.TryGetValue(field, out var value))
                {
                    options.Set(field, value);
                }
            }

            collection = collection.WithOptions(options, CreateCommand.ValidatorFrom(options));
            if (CommandArguments.GetDocument(command, "collMod", "index") is { } indexChange)
            {
                collection = ModifyIndex(collection, indexChange, reply);
            }

            writer.SetCollection(collection);
            return 0;
        });
        return Replies.Ok(reply);
    }

    private static CollectionState ModifyIndex(CollectionState collection, BsonDocument change, BsonDocument reply)
    {
        IndexState? index = null;
        if (CommandArguments.GetString(change, "collMod.index", "name") is { } indexName)
        {
            index = collection.FindIndex(indexName);
        }
        else if (CommandArguments.GetDocument(change, "collMod.index", "keyPattern") is { } keyPattern)
        {
            index = collection.Indexes.FirstOrDefault(i => i.Definition.KeyMatches(keyPattern));
        }

        if (index is null)
        {
            throw new MongoServerException(ErrorCodes.IndexNotFound, "cannot find index " + change);
        }

        var spec = index.Definition.Spec.DeepClone();
        spec.Remove("v");
        if (change.TryGetValue("hidden", out var hidden))
        {
            if (index.Definition.IsIdIndex)
            {
                throw new MongoServerException(ErrorCodes.BadValue, "can't hide _id index");
            }

            reply.Add("hidden_old", index.Definition.Hidden);
            reply.Add("hidden_new", hidden.ToBoolean());
            if (hidden.ToBoolean())
            {
                spec.Set("hidden", true);
            }
            else
            {
                spec.Remove("hidden");
            }
        }

        if (change.TryGetValue("expireAfterSeconds", out var ttl))
        {
            if (!spec.TryGetValue("expireAfterSeconds", out var old))
            {
                throw new MongoServerException(ErrorCodes.InvalidOptions, "no expireAfterSeconds field to update");
            }

            reply.Add("expireAfterSeconds_old", old);
            reply.Add("expireAfterSeconds_new", ttl);
            spec.Set("expireAfterSeconds", ttl);
        }

        if (index.Definition.IsText)
        {
            spec["key"] = index.Definition.Key;
        }

        return collection.ReplaceIndexDefinition(index.Definition.Name, index.Definition.IsText ? index.Definition : IndexDefinition.Parse(spec));
    }
}
