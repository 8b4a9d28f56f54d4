using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>Throw helpers for expression errors, with MongoDB's codes and messages.</summary>
internal static class ExpressionErrors
{
    /// <summary>Throws a <see cref="MongoServerException"/>.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">The message.</param>
    [DoesNotReturn]
    public static void Throw(int code, string message) => throw new MongoServerException(code, message);

    /// <summary>Throws a <see cref="MongoServerException"/> from an expression that must return a value.</summary>
    /// <typeparam name="T">The expected return type.</typeparam>
    /// <param name="code">The error code.</param>
    /// <param name="message">The message.</param>
    /// <returns>Never returns.</returns>
    [DoesNotReturn]
    public static T Throw<T>(int code, string message) => throw new MongoServerException(code, message);

    /// <summary>Throws the arity error of a fixed-arity operator (16020).</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="expected">The number of arguments it takes.</param>
    /// <param name="actual">The number passed.</param>
    [DoesNotReturn]
    public static void ThrowArity(string name, int expected, int actual) =>
        Throw(ErrorCodes.Location16020, string.Create(CultureInfo.InvariantCulture, $"Expression {name} takes exactly {expected} arguments. {actual} were passed in."));

    /// <summary>Throws the arity error of a ranged-arity operator (28667).</summary>
    /// <param name="name">The operator name.</param>
    /// <param name="min">The minimum number of arguments.</param>
    /// <param name="max">The maximum number of arguments.</param>
    /// <param name="actual">The number passed.</param>
    [DoesNotReturn]
    public static void ThrowRangedArity(string name, int min, int max, int actual) =>
        Throw(28667, string.Create(CultureInfo.InvariantCulture, $"Expression {name} takes at least {min} arguments, and at most {max}. {actual} were passed in."));

    /// <summary>Formats a value for an error message (<c>MISSING</c> for a missing value).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Describe(BsonValue? value) => value is null ? "MISSING" : value is BsonString text ? "\"" + text.Value + "\"" : value.ToString();
}
