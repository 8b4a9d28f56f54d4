using System.Text.Json;
using NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer;
using NewtonsoftSettings = Newtonsoft.Json.JsonSerializerSettings;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>The shared, warmed-up serializer settings the POCO benchmarks use for the other libraries.</summary>
internal static class ModelSerializers
{
    /// <summary>Gets the System.Text.Json options for reflection-based (de)serialization of the models.</summary>
    public static JsonSerializerOptions SystemTextJson { get; } = new() { Converters = { new ObjectIdJsonConverter() } };

    /// <summary>Gets the Newtonsoft.Json serializer used with <c>BsonDataReader</c> and <c>BsonDataWriter</c>.</summary>
    public static NewtonsoftSerializer NewtonsoftJson { get; } =
        NewtonsoftSerializer.Create(new NewtonsoftSettings { Converters = { new ObjectIdNewtonsoftConverter() } });
}
