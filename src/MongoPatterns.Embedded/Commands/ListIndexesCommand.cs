using MongoPatterns.Embedded.Cursors;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Commands;

/// <summary><c>listIndexes</c>: index specifications (<c>{ v: 2, key, name, ...options }</c>) as a cursor.</summary>
internal sealed class ListIndexesCommand : CommandHandler
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Names { get; } = ["listIndexes"];

    /// <inheritdoc />
    protected override CommandReply Execute(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = CommandArguments.CollectionName(context);
        var cursorOptions = CommandArguments.GetDocument(context, "cursor");
        var batchSize = cursorOptions is null ? null : CommandArguments.GetNonNegative(cursorOptions, "listIndexes.cursor", "batchSize");
        var collection = context.Services.Storage.Current.FindCollection(context.Database, name)
            ?? throw new MongoServerException(ErrorCodes.NamespaceNotFound, $"ns does not exist: {context.Database}.{name}");
        var specs = collection.Indexes.Select(i => CursorItem.FromDocument(i.Definition.Spec)).ToList();
        return FindCommand.FirstBatch(context, "$cmd.listIndexes." + name, specs, batchSize ?? int.MaxValue, singleBatch: false);
    }
}
