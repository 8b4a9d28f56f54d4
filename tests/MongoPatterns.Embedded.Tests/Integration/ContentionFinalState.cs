using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Tests.Integration;

/// <summary>What the server holds after a <see cref="ContentionWorkload"/> run.</summary>
/// <param name="UserCount">The number of users.</param>
/// <param name="DuplicatedKeys">The <c>$group</c> rows of e-mail addresses held by more than one user (must be empty).</param>
/// <param name="UniqueIndexListed">Whether listIndexes still shows the unique <c>email_1</c> index.</param>
/// <param name="Counters">Each counter's value by id.</param>
internal sealed record ContentionFinalState(
    long UserCount,
    IReadOnlyList<BsonDocument> DuplicatedKeys,
    bool UniqueIndexListed,
    SortedDictionary<string, long> Counters);
