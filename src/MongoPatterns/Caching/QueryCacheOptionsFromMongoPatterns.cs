using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using MongoPatterns.Configuration;

namespace MongoPatterns.Caching;

/// <summary>
/// Makes <c>MongoPatternsOptions.Caching</c> (and so the <c>MongoPatterns:Caching</c> configuration section) the base of
/// <see cref="QueryCacheOptions"/>, and reloads the cache options when MongoPatterns' options reload (so the
/// <see cref="QueryCacheOptions.Enabled"/> kill switch works from configuration).
/// </summary>
internal sealed class QueryCacheOptionsFromMongoPatterns(
    IOptionsFactory<MongoPatternsOptions> source,
    IEnumerable<IOptionsChangeTokenSource<MongoPatternsOptions>> sourceChanges)
    : IConfigureOptions<QueryCacheOptions>, IOptionsChangeTokenSource<QueryCacheOptions>
{
    private readonly IOptionsChangeTokenSource<MongoPatternsOptions>[] _sourceChanges = [.. sourceChanges];

    public string? Name => Options.DefaultName;

    public void Configure(QueryCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A fresh instance, not IOptionsMonitor<MongoPatternsOptions>.CurrentValue: on a reload that monitor may not have
        // refreshed yet when this runs.
        options.CopyFrom(source.Create(Options.DefaultName).Caching);
    }

    public IChangeToken GetChangeToken() =>
        _sourceChanges.Length switch
        {
            0 => new CancellationChangeToken(CancellationToken.None),
            1 => _sourceChanges[0].GetChangeToken(),
            _ => new CompositeChangeToken([.. _sourceChanges.Select(static changes => changes.GetChangeToken())]),
        };
}
