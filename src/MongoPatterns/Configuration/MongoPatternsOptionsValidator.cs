using Microsoft.Extensions.Options;
using MongoPatterns.Entities;

namespace MongoPatterns.Configuration;

/// <summary>Validates <see cref="MongoPatternsOptions"/> at startup (<c>ValidateOnStart</c>) with messages naming the setting.</summary>
internal sealed class MongoPatternsOptionsValidator(EntityConfigurationRegistry entities) : IValidateOptions<MongoPatternsOptions>
{
    public ValidateOptionsResult Validate(string? name, MongoPatternsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var endpoints = DatabaseEndpoints.Resolve(options, errors);
        const string Main = MongoPatternsOptions.SectionName;
        if (options.MaxResults <= 0)
        {
            errors.Add($"{Main}:MaxResults must be positive (it is {options.MaxResults}).");
        }

        if (options.InsertBatchSize <= 0)
        {
            errors.Add($"{Main}:InsertBatchSize must be positive (it is {options.InsertBatchSize}).");
        }

        if (options.Paging.MaxPageSize <= 0)
        {
            errors.Add($"{Main}:Paging:MaxPageSize must be positive (it is {options.Paging.MaxPageSize}).");
        }

        if (options.Paging.ContinuationTokenKey is { Length: < 32 })
        {
            errors.Add($"{Main}:Paging:ContinuationTokenKey must be at least 32 characters long.");
        }

        if (options.HealthCheckTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{Main}:HealthCheckTimeout must be positive.");
        }

        if (errors.Count == 0)
        {
            foreach (var entity in entities.All)
            {
                var database = entity.DatabaseName ?? MongoPatternsOptions.DefaultDatabase;
                if (!endpoints.Exists(e => string.Equals(e.Name, database, StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add(database == MongoPatternsOptions.DefaultDatabase
                        ? $"{entity.EntityType.Name} is stored in the main database, but {Main}:ConnectionString is not set (or use InDatabase(...) with a registered database)."
                        : $"{entity.EntityType.Name} is stored in database '{database}', which is not registered: add AddDatabase(\"{database}\", ...) or {Main}:Databases:{database}.");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
