namespace MongoPatterns.Samples.WebApi.Users;

/// <summary>The body of <c>POST /users</c> and <c>PUT /users/{id}</c>.</summary>
/// <param name="Name">The display name (required, at most 100 characters).</param>
/// <param name="Email">The email address (required, unique).</param>
/// <param name="Role">The role, <c>member</c> (default) or <c>admin</c>.</param>
public sealed record UserRequest(string? Name, string? Email, string? Role)
{
    private static readonly string[] Roles = ["member", "admin"];

    /// <summary>Checks the request; returns the errors by field, empty when it is valid.</summary>
    /// <returns>The validation errors, keyed by camelCase field name.</returns>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["name"] = ["Name is required."];
        }
        else if (Name.Length > 100)
        {
            errors["name"] = ["Name must be at most 100 characters."];
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            errors["email"] = ["Email is required."];
        }
        else if (!Email.Contains('@', StringComparison.Ordinal) || Email.Length > 254)
        {
            errors["email"] = ["Email must be a valid email address."];
        }

        if (Role is not null && !Roles.Contains(Role))
        {
            errors["role"] = ["Role must be 'member' or 'admin'."];
        }

        return errors;
    }
}
