using MongoPatterns.Bson;
using MongoPatterns.Driver;
using Xunit.Sdk;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// Checks an operation's error against <c>expectError</c>: client versus server origin, message, code, code name,
/// labels, the server's response and a bulk write's partial result. For bulk write errors, a match in any of the
/// aggregated write and write concern errors satisfies <c>errorContains</c>, <c>errorCode</c> and <c>errorCodeName</c>.
/// </summary>
internal static class UnifiedErrorAssertions
{
    /// <summary>Asserts that the error meets every assertion of <paramref name="expected"/>.</summary>
    public static void Assert(BsonDocument expected, Exception error, UnifiedInvocation invocation, UnifiedValueMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var assertion in expected)
        {
            switch (assertion.Name)
            {
                case "isError":
                    break;
                case "isClientError":
                    var isClientError = IsClientError(error);
                    if (isClientError != assertion.Value.ToBoolean())
                    {
                        throw Failure(error, assertion.Value.ToBoolean() ? "expected a client error" : "expected a server error");
                    }

                    break;
                case "isTimeoutError":
                    var isTimeout = error is MongoExecutionTimeoutException or MongoTimeoutException or TimeoutException;
                    if (isTimeout != assertion.Value.ToBoolean())
                    {
                        throw Failure(error, assertion.Value.ToBoolean() ? "expected a timeout error" : "expected an error that is not a timeout");
                    }

                    break;
                case "errorContains":
                    var text = assertion.Value.AsString;
                    if (!Messages(error).Any(message => message.Contains(text, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw Failure(error, $"expected the message to contain '{text}'");
                    }

                    break;
                case "errorCode":
                    var code = assertion.Value.ToInt32();
                    if (!Codes(error).Any(candidate => candidate.Code == code))
                    {
                        throw Failure(error, $"expected the error code {code}");
                    }

                    break;
                case "errorCodeName":
                    var codeName = assertion.Value.AsString;
                    if (!Codes(error).Any(candidate => string.Equals(candidate.CodeName, codeName, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw Failure(error, $"expected the error code name {codeName}");
                    }

                    break;
                case "errorLabelsContain":
                    foreach (var label in assertion.Value.AsBsonArray.Select(value => value.AsString))
                    {
                        if (error is not MongoException mongo || !mongo.HasErrorLabel(label))
                        {
                            throw Failure(error, $"expected the error label {label}");
                        }
                    }

                    break;
                case "errorLabelsOmit":
                    foreach (var label in assertion.Value.AsBsonArray.Select(value => value.AsString))
                    {
                        if (error is MongoException mongo && mongo.HasErrorLabel(label))
                        {
                            throw Failure(error, $"expected no error label {label}");
                        }
                    }

                    break;
                case "errorResponse":
                    var response = Response(error) ?? throw Failure(error, "expected the error to carry the server's response");
                    matcher.AssertMatches(assertion.Value, response, isRoot: true, path: "errorResponse");
                    break;
                case "expectResult":
                    var partial = invocation.PartialResult?.Invoke(error) ?? throw Failure(error, "expected the error to carry a partial result");
                    matcher.AssertMatches(assertion.Value, partial, isRoot: true, path: "expectError.expectResult");
                    break;
                default:
                    throw new NotSupportedException($"The expectError assertion '{assertion.Name}' is not supported by the unified runner.");
            }
        }
    }

    /// <summary>Whether the error originates from the client: anything not derived from a server reply.</summary>
    public static bool IsClientError(Exception error) => error is not MongoServerException;

    private static IEnumerable<string> Messages(Exception error)
    {
        yield return error.Message;
        switch (error)
        {
            case MongoCommandException command:
                yield return command.ErrorMessage;
                break;
            case MongoWriteException write:
                if (write.WriteError is { } writeError)
                {
                    yield return writeError.Message;
                }

                if (write.WriteConcernError is { } writeConcernError)
                {
                    yield return writeConcernError.Message;
                }

                break;
            case MongoBulkWriteException bulk:
                foreach (var bulkWriteError in bulk.WriteErrors)
                {
                    yield return bulkWriteError.Message;
                }

                if (bulk.WriteConcernError is { } bulkWriteConcernError)
                {
                    yield return bulkWriteConcernError.Message;
                }

                break;
        }
    }

    private static IEnumerable<(int Code, string? CodeName)> Codes(Exception error)
    {
        switch (error)
        {
            case MongoCommandException command:
                yield return (command.Code, command.CodeName);
                break;
            case MongoWriteException write:
                if (write.WriteError is { } writeError)
                {
                    yield return (writeError.Code, writeError.CodeName);
                }

                if (write.WriteConcernError is { } writeConcernError)
                {
                    yield return (writeConcernError.Code, writeConcernError.CodeName);
                }

                break;
            case MongoBulkWriteException bulk:
                foreach (var bulkWriteError in bulk.WriteErrors)
                {
                    yield return (bulkWriteError.Code, bulkWriteError.CodeName);
                }

                if (bulk.WriteConcernError is { } bulkWriteConcernError)
                {
                    yield return (bulkWriteConcernError.Code, bulkWriteConcernError.CodeName);
                }

                break;
        }
    }

    /// <summary>The server's response: the command reply, or a write error as the server reported it.</summary>
    private static BsonDocument? Response(Exception error) => error switch
    {
        MongoCommandException { Result: { } result } => result,
        MongoWriteException { WriteError: { } writeError } => WriteErrorDocument(writeError),
        MongoBulkWriteException { WriteErrors.Count: > 0 } bulk => WriteErrorDocument(bulk.WriteErrors[0]),
        _ => null,
    };

    private static BsonDocument WriteErrorDocument(WriteError writeError)
    {
        var document = new BsonDocument { { "code", writeError.Code }, { "errmsg", writeError.Message } };
        if (writeError.CodeName is { } codeName)
        {
            document.Add("codeName", codeName);
        }

        document.AddIfPresent("errInfo", writeError.Details);
        document.AddIfPresent("keyPattern", writeError.KeyPattern);
        document.AddIfPresent("keyValue", writeError.KeyValue);
        return document;
    }

    private static void AddIfPresent(this BsonDocument document, string name, BsonValue? value)
    {
        if (value is not null)
        {
            document.Add(name, value);
        }
    }

    private static XunitException Failure(Exception error, string reason) =>
        new($"expectError: {reason}, but the operation threw {error.GetType().Name}: {error.Message}");
}
