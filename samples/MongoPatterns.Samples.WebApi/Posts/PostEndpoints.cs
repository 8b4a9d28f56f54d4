using MongoPatterns.Repositories;
using MongoPatterns.Samples.WebApi.Responses;
using MongoPatterns.Samples.WebApi.Users;

namespace MongoPatterns.Samples.WebApi.Posts;

/// <summary>The <c>/posts</c> endpoints and <c>/users/{id}/posts</c>.</summary>
public static class PostEndpoints
{
    /// <summary>Maps the post endpoints.</summary>
    /// <param name="app">The endpoint route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapPostEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/{id}/posts", ListByAuthorAsync).WithTags("Posts").WithName("ListPostsOfUser");
        var posts = app.MapGroup("/posts").WithTags("Posts");
        posts.MapGet(string.Empty, ListAsync).WithName("ListPosts");
        posts.MapGet("/{id}", GetAsync).WithName("GetPost");
        posts.MapPost(string.Empty, CreateAsync).WithName("CreatePost");
        return posts;
    }

    /// <summary><c>GET /posts?page=&amp;limit=&amp;tag=</c>: newest first.</summary>
    private static async Task<IResult> ListAsync(IRepository<Post> repository, int? page, int? limit, string? tag, CancellationToken cancellationToken)
    {
        var pageNumber = page ?? 1;
        var pageSize = limit ?? PagingQuery.DefaultLimit;
        var errors = PagingQuery.Validate(pageNumber, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = string.IsNullOrWhiteSpace(tag) ? repository.Find() : repository.Find(x => x.Tags.Contains(tag));
        var result = await query.SortByDescending(x => x.CreatedAt).ToPageAsync(pageNumber, pageSize, cancellationToken: cancellationToken);
        return TypedResults.Ok(new ApiResponse<IReadOnlyList<Post>>(result.Items, PageMetadata.From(result)));
    }

    /// <summary><c>GET /posts/{id}</c>: 200, 400 or 404.</summary>
    private static async Task<IResult> GetAsync(IRepository<Post> repository, string id, CancellationToken cancellationToken)
    {
        var post = await repository.GetByIdAsync(id, cancellationToken);
        return post is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Post '{id}' was not found.")
            : TypedResults.Ok(new ApiResponse<Post>(post));
    }

    /// <summary><c>GET /users/{id}/posts</c>: the posts of one user (404 when the user does not exist).</summary>
    private static async Task<IResult> ListByAuthorAsync(IRepository<User> users, IRepository<Post> repository, string id, CancellationToken cancellationToken)
    {
        if (!await users.ExistsAsync(id, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"User '{id}' was not found.");
        }

        var posts = await repository.Find(x => x.AuthorId == id).SortByDescending(x => x.CreatedAt).Limit(PagingQuery.MaxLimit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiResponse<IReadOnlyList<Post>>(posts));
    }

    /// <summary><c>POST /posts</c>: 201, 400 for invalid input or an unknown author.</summary>
    private static async Task<IResult> CreateAsync(IRepository<User> users, IRepository<Post> repository, PostRequest request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count == 0 && !await users.ExistsAsync(request.AuthorId!, cancellationToken))
        {
            errors["authorId"] = ["No user has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var post = new Post { AuthorId = request.AuthorId!, Title = request.Title!.Trim(), Body = request.Body ?? string.Empty, Tags = [.. request.Tags ?? []] };
        await repository.InsertAsync(post, cancellationToken);
        return TypedResults.Created($"/posts/{post.Id}", new ApiResponse<Post>(post));
    }
}
