using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Operations;

/// <summary>Adds optional command fields only when they are set, and renders concerns.</summary>
internal static class CommandDocuments
{
    /// <summary>Adds the field when the value is not <see langword="null"/>.</summary>
    public static BsonDocument AddIfNotNull(this BsonDocument command, string name, BsonValue? value)
    {
        if (value is not null)
        {
            command.Add(name, value);
        }

        return command;
    }

    /// <summary>Adds a boolean field when it is set.</summary>
    public static BsonDocument AddIfNotNull(this BsonDocument command, string name, bool? value) =>
        value is { } flag ? command.Add(name, flag) : command;

    /// <summary>Adds a boolean field only when it is <see langword="true"/>.</summary>
    public static BsonDocument AddIfTrue(this BsonDocument command, string name, bool value) =>
        value ? command.Add(name, true) : command;

    /// <summary>Adds <c>maxTimeMS</c> when a time limit is set.</summary>
    public static BsonDocument AddMaxTime(this BsonDocument command, TimeSpan? maxTime) =>
        maxTime is { } time && time > TimeSpan.Zero ? command.Add("maxTimeMS", (long)Math.Ceiling(time.TotalMilliseconds)) : command;

    /// <summary>Adds <c>collation</c> when set.</summary>
    public static BsonDocument AddCollation(this BsonDocument command, Collation? collation) =>
        collation is null ? command : command.Add("collation", collation.ToBsonDocument());

    /// <summary>Adds <c>readConcern</c> unless it is the server default.</summary>
    public static BsonDocument AddReadConcern(this BsonDocument command, ReadConcern? readConcern) =>
        readConcern is { Level: { } level } ? command.Add("readConcern", new BsonDocument("level", level)) : command;

    /// <summary>Adds <c>writeConcern</c> unless it is the server default.</summary>
    public static BsonDocument AddWriteConcern(this BsonDocument command, WriteConcern? writeConcern) =>
        writeConcern is null || writeConcern.IsServerDefault ? command : command.Add("writeConcern", ToDocument(writeConcern));

    /// <summary>Renders a write concern: <c>{ w, wtimeout, j }</c>.</summary>
    public static BsonDocument ToDocument(WriteConcern writeConcern)
    {
        ArgumentNullException.ThrowIfNull(writeConcern);
        var document = new BsonDocument();
        if (writeConcern.W is { } w)
        {
            document.Add("w", w.Count is { } count ? count : w.Mode!);
        }

        if (writeConcern.Journal is { } journal)
        {
            document.Add("j", journal);
        }

        if (writeConcern.WTimeout is { } timeout)
        {
            document.Add("wtimeout", (long)timeout.TotalMilliseconds);
        }

        return document;
    }
}
