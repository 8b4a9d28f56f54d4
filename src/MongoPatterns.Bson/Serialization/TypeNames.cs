using System.Text;

namespace MongoPatterns.Bson.Serialization;

/// <summary>Short, readable type names for error messages (<c>List&lt;Address&gt;</c>, <c>Int32?</c>, <c>Byte[]</c>).</summary>
internal static class TypeNames
{
    public static string Format(Type type)
    {
        var builder = new StringBuilder();
        Append(builder, type);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, Type type)
    {
        if (type.IsArray)
        {
            Append(builder, type.GetElementType()!);
            builder.Append('[').Append(',', type.GetArrayRank() - 1).Append(']');
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Append(builder, underlying);
            builder.Append('?');
            return;
        }

        if (!type.IsGenericType)
        {
            builder.Append(type.Name);
            return;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        builder.Append(tick < 0 ? name : name[..tick]).Append('<');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, arguments[i]);
        }

        builder.Append('>');
    }
}
