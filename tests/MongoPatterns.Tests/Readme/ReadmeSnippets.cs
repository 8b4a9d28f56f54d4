using MongoPatterns.Entities;
using MongoPatterns.Repositories;

namespace MongoPatterns.Tests.Readme;

// The code of the README's "Using MongoPatterns" section, kept compiling here.
public sealed class User : ICreatedAt, IUpdatedAt, ISoftDelete, IVersioned
{
    public string? Id { get; set; }          // 24 hex digits are stored as ObjectId; generated on insert
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public int Age { get; set; }
    public DateTime CreatedAt { get; set; }  // set on insert
    public DateTime UpdatedAt { get; set; }  // set on every write
    public DateTime? DeletedAt { get; set; } // soft delete
    public long Version { get; set; }        // optimistic concurrency
}

public sealed class PageView
{
    public string? Id { get; set; }

    public string Path { get; set; } = "";
}

public sealed class UserService(IRepository<User> users)
{
    public async Task<User> RegisterAsync(string name, string email, CancellationToken cancellationToken)
    {
        var user = new User { Name = name, Email = email };
        await users.InsertAsync(user, cancellationToken); // DuplicateKeyException when the email is taken
        return user;
    }

    public Task<User?> FindAsync(string id, CancellationToken cancellationToken) => users.GetByIdAsync(id, cancellationToken);

    public Task RenameAsync(string id, string name, CancellationToken cancellationToken) =>
        users.UpdateAsync(id, u => u.Set(x => x.Name, name), cancellationToken); // EntityNotFoundException when missing

    public Task<IReadOnlyList<string>> AdultNamesAsync(CancellationToken cancellationToken) =>
        users.Find(x => x.Age >= 18).SortBy(x => x.Name).Limit(100).Project(x => x.Name).ToListAsync(cancellationToken);
}
