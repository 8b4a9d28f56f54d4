using MongoPatterns.Bson.Json;

namespace MongoPatterns.Bson.Formatting;

/// <summary>
/// The text of <see cref="BsonValue.ToString"/>: relaxed Extended JSON on one line, as <see cref="BsonValue.ToJson()"/>
/// writes it, except that it never throws: documents and arrays nested more than 100 levels deep are cut off as
/// <c>{...}</c> and <c>[...]</c>.
/// </summary>
internal static class RelaxedJsonFormatter
{
    public static string Format(BsonValue value) => ExtendedJsonWriter.WriteForDisplay(value);
}
