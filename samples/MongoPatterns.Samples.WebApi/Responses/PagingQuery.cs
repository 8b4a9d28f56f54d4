namespace MongoPatterns.Samples.WebApi.Responses;

/// <summary>Checks <c>page</c> and <c>limit</c> query parameters.</summary>
public static class PagingQuery
{
    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 10;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 100;

    /// <summary>Validates paging parameters; returns the errors by field, empty when valid.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="limit">The page size.</param>
    /// <returns>The validation errors.</returns>
    public static Dictionary<string, string[]> Validate(int page, int limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["Page must be 1 or more."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Limit must be between 1 and {MaxLimit}."];
        }

        return errors;
    }
}
