namespace MongoPatterns.Samples.WebApi.Posts;

/// <summary>The body of <c>POST /posts</c>.</summary>
/// <param name="AuthorId">The id of an existing user.</param>
/// <param name="Title">The title (required, at most 200 characters).</param>
/// <param name="Body">The body text.</param>
/// <param name="Tags">Optional tags.</param>
public sealed record PostRequest(string? AuthorId, string? Title, string? Body, IReadOnlyList<string>? Tags)
{
    /// <summary>Checks the request; returns the errors by field, empty when it is valid.</summary>
    /// <returns>The validation errors, keyed by camelCase field name.</returns>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(AuthorId))
        {
            errors["authorId"] = ["AuthorId is required."];
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            errors["title"] = ["Title is required."];
        }
        else if (Title.Length > 200)
        {
            errors["title"] = ["Title must be at most 200 characters."];
        }

        return errors;
    }
}
