using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;
using MongoPatterns.Bson.Serialization.Mapping;
using MongoPatterns.Driver;

namespace MongoPatterns.Exceptions;

/// <summary>
/// Turns the driver's duplicate-key errors into <see cref="DuplicateKeyException"/>, keeping the driver error as the
/// inner exception: write errors, and command errors with code 11000 (how a duplicate key surfaces inside a transaction).
/// </summary>
internal static class DuplicateKeyTranslation
{
    private const int DuplicateKeyCode = 11000;

    public static DuplicateKeyException? TryTranslate(Exception exception, Type entityType, BsonClassMap? classMap)
    {
        if (exception is MongoCommandException { Code: DuplicateKeyCode } command)
        {
            var result = command.Result;
            var values = result is not null && result.TryGetValue("keyValue", out var value) && value is BsonDocument valueDocument ? valueDocument : null;
            var pattern = result is not null && result.TryGetValue("keyPattern", out var key) && key is BsonDocument patternDocument ? patternDocument : null;
            return Create(exception, entityType, classMap, values, pattern, ParseIndexName(command.ErrorMessage));
        }

        WriteError? error = exception switch
        {
            MongoWriteException { WriteError: { Category: ServerErrorCategory.DuplicateKey } writeError } => writeError,
            MongoBulkWriteException bulk => bulk.WriteErrors.FirstOrDefault(e => e.Category == ServerErrorCategory.DuplicateKey),
            _ => null,
        };
        if (error is null)
        {
            return null;
        }

        var keyValues = error.KeyValue ?? (exception as MongoDuplicateKeyException)?.KeyValue;
        var keyPattern = error.KeyPattern ?? (exception as MongoDuplicateKeyException)?.KeyPattern;
        var indexName = (exception as MongoDuplicateKeyException)?.IndexName ?? ParseIndexName(error.Message);
        return Create(exception, entityType, classMap, keyValues, keyPattern, indexName);
    }

    private static DuplicateKeyException Create(Exception exception, Type entityType, BsonClassMap? classMap, BsonDocument? keyValues, BsonDocument? keyPattern, string? indexName)
    {
        var names = new List<string>();
        foreach (var element in (IEnumerable<BsonElement>?)keyValues ?? keyPattern ?? [])
        {
            var member = classMap?.GetMemberByElementName(element.Name);
            if (member is not null)
            {
                names.Add(member.MemberName);
            }
        }

        return new DuplicateKeyException(entityType, indexName, keyValues, names, exception);
    }

    private static string? ParseIndexName(string message)
    {
        const string Marker = "index: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Marker.Length;
        var end = message.IndexOf(' ', start);
        return end < 0 ? message[start..] : message[start..end];
    }
}
