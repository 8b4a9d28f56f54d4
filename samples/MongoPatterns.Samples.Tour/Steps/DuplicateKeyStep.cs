using MongoPatterns.Exceptions;
using MongoPatterns.Repositories;
using MongoPatterns.Samples.Tour.Model;

namespace MongoPatterns.Samples.Tour.Steps;

/// <summary>A second user with an existing email hits the unique index; the error names the property.</summary>
internal sealed class DuplicateKeyStep(IRepository<User> users) : ITourStep
{
    public string Title => "Duplicate key handled";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var existing = await users.Find().SortBy(x => x.Email).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The seed data has no users.");

        try
        {
            await users.InsertAsync(new User { Name = "Impostor", Email = existing.Email }, cancellationToken);
            TourConsole.Figure("Unexpected", "the duplicate was accepted");
        }
        catch (DuplicateKeyException ex)
        {
            // DuplicateKeyException tells which property clashed: a Web API turns it into 409 Conflict.
            TourConsole.Figure("Rejected email", existing.Email);
            TourConsole.Figure("Duplicated property", string.Join(", ", ex.PropertyNames));
            TourConsole.Figure("Unique index", ex.IndexName);
            TourConsole.Figure("Message", ex.Message);
        }
    }
}
