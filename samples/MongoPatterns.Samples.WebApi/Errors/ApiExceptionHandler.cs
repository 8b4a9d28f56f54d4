using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MongoPatterns.Exceptions;

namespace MongoPatterns.Samples.WebApi.Errors;

/// <summary>
/// Turns exceptions into RFC 7807 problem details: invalid id or cursor 400, not found 404, duplicate key 409 naming the
/// field, anything else 500 with a generic message (the exception is logged, never sent to the client).
/// </summary>
/// <param name="problemDetails">Writes the problem details.</param>
/// <param name="logger">Logs unexpected exceptions.</param>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = exception switch
        {
            InvalidIdException => Problem(StatusCodes.Status400BadRequest, "Invalid id", "The id is not a valid identifier."),
            InvalidContinuationTokenException => Problem(StatusCodes.Status400BadRequest, "Invalid cursor", "The 'after' cursor is not valid. Start again without it."),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", "The request could not be read."),
            EntityNotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", "The resource was not found."),
            DuplicateKeyException duplicate => Conflict(duplicate),
            _ => null,
        };

        if (problem is null)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Internal server error", "An unexpected error occurred.");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Conflict(DuplicateKeyException exception)
    {
        // Name the field in the API's camelCase, e.g. "email", without leaking index names or values.
        var field = exception.PropertyNames.Count > 0 ? JsonNamingPolicyName(exception.PropertyNames[0]) : null;
        var problem = Problem(
            StatusCodes.Status409Conflict,
            "Conflict",
            field is null ? "A resource with the same unique value already exists." : $"A resource with the same {field} already exists.");
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }

    private static string JsonNamingPolicyName(string propertyName) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
