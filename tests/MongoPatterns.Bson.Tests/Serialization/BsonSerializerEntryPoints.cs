using System.Reflection;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Bson.Tests.Serialization;

/// <summary>Calls the generic <see cref="BsonSerializer"/> entry points for a runtime type (for theories over types).</summary>
internal static class BsonSerializerEntryPoints
{
    public static BsonDocument ToDocument(Type type, object value) =>
        (BsonDocument)Generic(nameof(BsonSerializer.ToBsonDocument), type, typeof(object)).Invoke(null, [value, null])!;

    public static object FromDocument(Type type, BsonDocument document) =>
        Generic(nameof(BsonSerializer.Deserialize), type, typeof(BsonDocument)).Invoke(null, [document, null])!;

    private static MethodInfo Generic(string name, Type type, Type firstParameter) =>
        typeof(BsonSerializer).GetMethods()
            .Single(m => m.Name == name && m.GetParameters()[0].ParameterType is var p && (p == firstParameter || p.IsGenericParameter) && (firstParameter != typeof(object) || p.IsGenericParameter))
            .MakeGenericMethod(type);
}
