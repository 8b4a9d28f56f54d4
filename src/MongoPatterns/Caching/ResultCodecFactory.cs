using MongoPatterns.Paging;

namespace MongoPatterns.Caching;

/// <summary>Chooses the codec for a result type: dedicated ones for the library's result shapes, else the registry's serializer.</summary>
internal static class ResultCodecFactory
{
    public static IResultCodec<T> Create<T>()
    {
        var type = typeof(T);
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var codecDefinition = DedicatedCodec(definition);
            if (codecDefinition is not null)
            {
                return (IResultCodec<T>)Activator.CreateInstance(codecDefinition.MakeGenericType(type.GetGenericArguments()))!;
            }
        }

        return new SerializerResultCodec<T>();
    }

    private static Type? DedicatedCodec(Type genericDefinition)
    {
        if (genericDefinition == typeof(Page<>))
        {
            return typeof(PageResultCodec<>);
        }

        return genericDefinition == typeof(KeysetPage<>) ? typeof(KeysetPageResultCodec<>) : null;
    }
}
