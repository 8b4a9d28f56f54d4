namespace MongoPatterns.Samples.WebApi.Users;

/// <summary>A user as returned by the API.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Email">The email address.</param>
/// <param name="Role">The role.</param>
/// <param name="CreatedAt">When the user was created (UTC).</param>
/// <param name="UpdatedAt">When the user was last changed (UTC).</param>
public sealed record UserResponse(string Id, string Name, string Email, string Role, DateTime CreatedAt, DateTime UpdatedAt)
{
    /// <summary>Maps a stored user to the API shape.</summary>
    /// <param name="user">The stored user.</param>
    /// <returns>The response.</returns>
    public static UserResponse From(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id!, user.Name, user.Email, user.Role, user.CreatedAt, user.UpdatedAt);
    }
}
