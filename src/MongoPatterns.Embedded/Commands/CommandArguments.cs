using System.Diagnostics.CodeAnalysis;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Storage;

namespace MongoPatterns.Embedded.Commands;

/// <summary>Typed access to command fields with MongoDB's IDL error messages.</summary>
internal static class CommandArguments
{
    /// <summary>Gets the collection name from the command's first field.</summary>
    /// <param name="context">The command.</param>
    /// <returns>The collection name.</returns>
    /// <exception cref="MongoServerException">The value is not a string (InvalidNamespace 73).</exception>
    public static string CollectionName(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CommandValue is not BsonString { Value: var name })
        {
            throw new MongoServerException(
                ErrorCodes.InvalidNamespace,
                $"collection name has invalid type {IndexDefinition.TypeName(context.CommandValue)}");
        }

        NamespaceRules.ValidateCollection(context.Database, name);
        return name;
    }

    /// <summary>Gets an optional document field.</summary>
    /// <param name="context">The command.</param>
    /// <param name="name">The field.</param>
    /// <returns>The document, or null when absent (or null).</returns>
    public static BsonDocument? GetDocument(CommandContext context, string name) => GetDocument(context.Command, context.CommandName, name);

    /// <summary>Gets an optional document field of any document.</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors (e.g. <c>find</c>).</param>
    /// <param name="name">The field.</param>
    /// <returns>The document, or null when absent (or null).</returns>
    public static BsonDocument? GetDocument(BsonDocument source, string owner, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value as BsonDocument ?? throw WrongType(owner, name, value, "'object'");
    }

    /// <summary>Gets an optional array field.</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <returns>The array or null.</returns>
    public static BsonArray? GetArray(BsonDocument source, string owner, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value as BsonArray ?? throw WrongType(owner, name, value, "'array'");
    }

    /// <summary>Gets an optional string field.</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <returns>The string or null.</returns>
    public static string? GetString(BsonDocument source, string owner, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out var value) || value.IsBsonNull)
        {
            return null;
        }

        return value is BsonString s ? s.Value : throw WrongType(owner, name, value, "'string'");
    }

    /// <summary>Gets an optional boolean field (numbers are accepted as truthiness, like MongoDB).</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    public static bool GetBoolean(BsonDocument source, string owner, string name, bool defaultValue = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out var value) || value.IsBsonNull)
        {
            return defaultValue;
        }

        return value switch
        {
            BsonBoolean b => b.Value,
            { IsNumeric: true } => value.ToDouble() != 0,
            _ => throw WrongType(owner, name, value, "'bool'"),
        };
    }

    /// <summary>Gets an optional integer field (any numeric type with an integral value).</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <returns>The value, or null when absent.</returns>
    public static long? GetInt64(BsonDocument source, string owner, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out var value) || value.IsBsonNull)
        {
            return null;
        }

        if (!value.IsNumeric)
        {
            throw WrongType(owner, name, value, "'[long, int, decimal, double]'", plural: true);
        }

        var number = value.ToDouble();
        if (double.IsNaN(number) || number != Math.Floor(number) || number > long.MaxValue || number < long.MinValue)
        {
            throw new MongoServerException(ErrorCodes.BadValue, $"Expected an integer: {name}: {value}");
        }

        return value is BsonInt64 l ? l.Value : (long)number;
    }

    /// <summary>Gets a non-negative integer option such as skip, limit or batchSize.</summary>
    /// <param name="source">The document holding the field.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <returns>The value, or null when absent.</returns>
    public static long? GetNonNegative(BsonDocument source, string owner, string name)
    {
        var value = GetInt64(source, owner, name);
        if (value < 0)
        {
            throw new MongoServerException(51024, $"BSON field '{name}' value must be >= 0, actual value '{value}'");
        }

        return value;
    }

    /// <summary>Creates the IDL wrong-type error.</summary>
    /// <param name="owner">The command or sub-document name.</param>
    /// <param name="name">The field.</param>
    /// <param name="value">The value.</param>
    /// <param name="expected">The expected type text (quoted).</param>
    /// <param name="plural">Whether several types are expected.</param>
    /// <returns>The exception (TypeMismatch 14).</returns>
    public static MongoServerException WrongType(string owner, string name, BsonValue value, string expected, bool plural = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new MongoServerException(
            ErrorCodes.TypeMismatch,
            $"BSON field '{owner}.{name}' is the wrong type '{IndexDefinition.TypeName(value)}', expected type{(plural ? "s" : string.Empty)} {expected}");
    }

    /// <summary>Throws when a required field is missing.</summary>
    /// <param name="source">The document.</param>
    /// <param name="owner">The name used in errors.</param>
    /// <param name="name">The field.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="MongoServerException">The field is missing (code 40414).</exception>
    public static void Require(BsonDocument source, string owner, string name, [NotNull] out BsonValue? value)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.TryGetValue(name, out value))
        {
            throw new MongoServerException(ErrorCodes.IDLFailedToParse, $"BSON field '{owner}.{name}' is missing but a required field");
        }
    }

    /// <summary>Throws for the first field of a sub-document (e.g. an update statement) that the server's IDL does not define.</summary>
    /// <param name="source">The document.</param>
    /// <param name="owner">The name used in errors, e.g. <c>update.updates</c>.</param>
    /// <param name="known">The fields the document may hold.</param>
    /// <exception cref="MongoServerException">An unknown field (code 40415).</exception>
    public static void RejectUnknownFields(BsonDocument source, string owner, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var element in source)
        {
            if (!known.Contains(element.Name))
            {
                throw new MongoServerException(ErrorCodes.IDLUnknownField, $"BSON field '{owner}.{element.Name}' is an unknown field.");
            }
        }
    }
}
