using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>create</c>: creates a collection with options (validator, capped, collation, ...).</summary>
internal sealed class CreateCommand : CommandHandler
{
    private static readonly HashSet<string> GenericFields = new(StringComparer.Ordinal)
    {
        "$db", "lsid", "txnNumber", "$clusterTime", "$readPreference", "readConcern", "writeConcern", "comment", "maxTimeMS",
        "apiVersion", "apiStrict", "apiDeprecationErrors", "autocommit", "startTransaction", "$audit", "signature", "$client",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["create"];

    /// <inheritdoc />
    public override bool IsWrite => true;

    /// <summary>Builds a validator from collection options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The validator or null.</returns>
    public static CollectionValidator? ValidatorFrom(BsonDocument options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CollectionValidator.Create(
            CommandArguments.GetDocument(options, "create", "validator"),
            CommandArguments.GetString(options, "create", "validationLevel"),
            CommandArguments.GetString(options, "create", "validationAction"));
    }

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        NamespaceRules.ValidateWritableCollection(context.Database, name);
        var options = new BsonDocument();
        foreach (var element in context.Command.Elements.Skip(1))
        {
            if (!GenericFields.Contains(element.Name))
            {
                options.Add(element);
            }
        }

        if (options.Contains("viewOn") || options.Contains("timeseries"))
        {
            throw new MongoServerException(ErrorCodes.CommandNotSupported, "views and time series collections are not supported by the embedded server");
        }

        if (CommandArguments.GetBoolean(options, "create", "capped") && !options.Contains("size"))
        {
            throw new MongoServerException(ErrorCodes.InvalidOptions, "the 'size' field is required when 'capped' is true");
        }

        var validator = ValidatorFrom(options);
        context.Write(writer =>
        {
            var existing = writer.GetCollection(context.Database, name);
            if (existing is not null)
            {
                if (existing.Options.Equals(options))
                {
                    return 0;
                }

                throw new MongoServerException(ErrorCodes.NamespaceExists, $"Collection {context.Database}.{name} already exists.");
            }

            writer.CreateCollection(CollectionState.Create(context.Database, name, options, validator));
            return 0;
        });
        return Replies.Ok();
    }
}
