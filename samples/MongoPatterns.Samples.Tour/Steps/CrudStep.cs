using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>Create, read, update and delete one user through <see cref="IRepository{T}"/>.</summary>
internal sealed class CrudStep(IRepository<User> users) : ITourStep
{
    public string Title => "Repository CRUD";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        // Create: the repository generates the id and stamps CreatedAt/UpdatedAt.
        var user = new User { Name = "Katherine Johnson", Email = "katherine@tour.example", Role = "admin" };
        var (_, insertTime) = await TourConsole.MeasureAsync(async () =>
        {
            await users.InsertAsync(user, cancellationToken);
            return true;
        });
        TourConsole.Figure("Inserted user id", user.Id);
        TourConsole.Timing("Insert", insertTime);

        // Read by id: the string id is converted to an ObjectId for you.
        var (loaded, readTime) = await TourConsole.MeasureAsync(() => users.GetByIdAsync(user.Id!, cancellationToken));
        TourConsole.Figure("Read back", $"{loaded?.Name} <{loaded?.Email}>");
        TourConsole.Timing("Get by id", readTime);

        // Update one field with the typed update builder.
        await users.UpdateAsync(user.Id!, u => u.Set(x => x.Role, "owner"), cancellationToken);
        var updated = await users.GetByIdAsync(user.Id!, cancellationToken);
        TourConsole.Figure("Role after update", updated?.Role);

        // Queries: a predicate becomes a MongoDB filter.
        var admins = await users.CountAsync(x => x.Role == "admin", cancellationToken);
        TourConsole.Figure("Admins (one per organisation)", admins);

        // Delete, then check it is gone.
        var deleted = await users.DeleteAsync(user.Id!, cancellationToken);
        var stillThere = await users.ExistsAsync(user.Id!, cancellationToken);
        TourConsole.Figure("Deleted", deleted);
        TourConsole.Figure("Exists after delete", stillThere);
        TourConsole.Figure("Users in core database", await users.CountAsync(cancellationToken));
    }
}
