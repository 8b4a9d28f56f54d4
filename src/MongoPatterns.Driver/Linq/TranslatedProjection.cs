using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>A translated projection lambda: what to ask the server for, and how to turn each returned document into a result.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="Document">The projection document (<c>{ name: 1, "address.city": 1, _id: 0 }</c>), or <see langword="null"/> when the lambda needs whole documents.</param>
/// <param name="ResultSerializer">Reads a projected document and builds the result.</param>
internal sealed record TranslatedProjection<TResult>(BsonDocument? Document, IBsonSerializer<TResult> ResultSerializer);
