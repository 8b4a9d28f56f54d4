using Microsoft.Extensions.Options;

namespace MongoPatterns.Caching;

/// <summary>Validates <see cref="QueryCacheOptions"/> with messages naming the setting.</summary>
internal sealed class QueryCacheOptionsValidator : IValidateOptions<QueryCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, QueryCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Validate() is { } failure ? ValidateOptionsResult.Fail(failure) : ValidateOptionsResult.Success;
    }
}
