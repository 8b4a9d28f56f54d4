using MongoPatterns.Bson;
using MongoPatterns.Caching;
using MongoPatterns.Driver;
using MongoPatterns.Exceptions;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.WebApi.Responses;

namespace MongoPatterns.Samples.WebApi.Users;

/// <summary>
/// The <c>/users</c> endpoints. Handlers only talk to <see cref="IRepository{T}"/>; library exceptions (invalid id, not
/// found, duplicate key) bubble up to <c>ApiExceptionHandler</c>, which turns them into problem details.
/// </summary>
public static class UserEndpoints
{
    /// <summary>Maps the user endpoints.</summary>
    /// <param name="app">The endpoint route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("Users");
        users.MapGet(string.Empty, ListAsync).WithName("ListUsers");
        users.MapGet("/{id}", GetAsync).WithName("GetUser");
        users.MapPost(string.Empty, CreateAsync).WithName("CreateUser");
        users.MapPut("/{id}", UpdateAsync).WithName("UpdateUser");
        users.MapDelete("/{id}", DeleteAsync).WithName("DeleteUser");
        return users;
    }

    /// <summary>
    /// <c>GET /users?page=&amp;limit=&amp;q=</c> (offset paging with totals), or <c>GET /users?after=&amp;limit=</c> (keyset
    /// paging: pass the previous response's <c>nextCursor</c>; an empty <c>after</c> starts at the beginning).
    /// </summary>
    private static async Task<IResult> ListAsync(IRepository<User> repository, HttpRequest request, int? page, int? limit, string? q, CancellationToken cancellationToken)
    {
        var pageNumber = page ?? 1;
        var pageSize = limit ?? PagingQuery.DefaultLimit;
        var errors = PagingQuery.Validate(pageNumber, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = string.IsNullOrWhiteSpace(q)
            ? repository.Find()
            : repository.Find(x => x.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || x.Email.Contains(q, StringComparison.OrdinalIgnoreCase));
        // Cached for the configured TTL; any write to users (POST, PUT, DELETE) invalidates every cached page at once.
        query = query.SortBy(x => x.Name).WithCache();

        // Keyset paging: cost does not grow with depth, and the cursor is signed so clients cannot forge it.
        if (request.Query.TryGetValue("after", out var after))
        {
            var cursor = string.IsNullOrEmpty(after) ? null : after.ToString();
            var keysetPage = await query.ToKeysetPageAsync(cursor, pageSize, cancellationToken);
            var data = keysetPage.Items.Select(UserResponse.From).ToList();
            return TypedResults.Ok(new ApiResponse<List<UserResponse>>(data, new CursorMetadata(pageSize, keysetPage.HasMore, keysetPage.NextToken)));
        }

        var offsetPage = await query.ToPageAsync(pageNumber, pageSize, cancellationToken: cancellationToken);
        return TypedResults.Ok(new ApiResponse<List<UserResponse>>(offsetPage.Items.Select(UserResponse.From).ToList(), PageMetadata.From(offsetPage)));
    }

    /// <summary><c>GET /users/{id}</c>: 200, 400 for a malformed id, 404 when there is no such user.</summary>
    private static async Task<IResult> GetAsync(IRepository<User> repository, string id, CancellationToken cancellationToken)
    {
        // A cached read by id: a PUT or DELETE through the repository invalidates it before it returns.
        if (!ObjectId.TryParse(id, out _))
        {
            throw new InvalidIdException($"'{id}' is not a valid user id.");
        }

        var user = await repository.GetByIdAsync(id, CachePolicy.Default, cancellationToken);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"User '{id}' was not found.")
            : TypedResults.Ok(new ApiResponse<UserResponse>(UserResponse.From(user)));
    }

    /// <summary><c>POST /users</c>: 201 with a Location header, 400 for invalid input, 409 when the email is taken.</summary>
    private static async Task<IResult> CreateAsync(IRepository<User> repository, UserRequest request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var user = new User { Name = request.Name!.Trim(), Email = request.Email!.Trim().ToLowerInvariant(), Role = request.Role ?? "member" };
        await repository.InsertAsync(user, cancellationToken);
        return TypedResults.Created($"/users/{user.Id}", new ApiResponse<UserResponse>(UserResponse.From(user)));
    }

    /// <summary><c>PUT /users/{id}</c>: 200 with the updated user, 400, 404 or 409.</summary>
    private static async Task<IResult> UpdateAsync(IRepository<User> repository, string id, UserRequest request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // UpdateAsync throws EntityNotFoundException when there is no such user (mapped to 404).
        await repository.UpdateAsync(
            id,
            u => u.Set(x => x.Name, request.Name!.Trim())
                .Set(x => x.Email, request.Email!.Trim().ToLowerInvariant())
                .Set(x => x.Role, request.Role ?? "member"),
            cancellationToken);
        var user = await repository.GetByIdAsync(id, cancellationToken);
        return TypedResults.Ok(new ApiResponse<UserResponse>(UserResponse.From(user!)));
    }

    /// <summary><c>DELETE /users/{id}</c>: 204, 400 or 404.</summary>
    private static async Task<IResult> DeleteAsync(IRepository<User> repository, string id, CancellationToken cancellationToken)
    {
        var deleted = await repository.DeleteAsync(id, cancellationToken);
        return deleted
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"User '{id}' was not found.");
    }
}
