using MongoPatterns.Bson;
using MongoPatterns.Caching;

namespace MongoPatterns.Tests.Caching;

public class CacheKeyBuilderTests
{
    private static QueryKeyParts Parts(BsonDocument? filter = null, BsonDocument? sort = null, BsonDocument? projection = null) =>
        new("app", "users", typeof(CachedUser), filter, sort, projection, Skip: null, Limit: null, IncludeDeleted: false);

    [Fact]
    public void HashQuery_SameBsonBuiltDifferently_SharesKey()
    {
        var built = new BsonDocument { { "age", new BsonDocument("$gt", 30) }, { "name", "Ada" } };
        var parsed = BsonDocument.Parse("{ \"age\": { \"$gt\": 30 }, \"name\": \"Ada\" }");

        Assert.Equal(CacheKeyBuilder.HashQuery(Parts(built)), CacheKeyBuilder.HashQuery(Parts(parsed)));
    }

    [Fact]
    public void HashQuery_MissingAndEmptyDocuments_ShareKey()
    {
        var empty = Parts(new BsonDocument(), new BsonDocument(), new BsonDocument());

        Assert.Equal(CacheKeyBuilder.HashQuery(Parts()), CacheKeyBuilder.HashQuery(empty));
    }

    [Fact]
    public void HashQuery_IsStableAndBase64Url()
    {
        var hash = CacheKeyBuilder.HashQuery(Parts(new BsonDocument("a", 1)));

        Assert.Equal(CacheKeyBuilder.HashLength, hash.Length);
        Assert.Equal(hash, CacheKeyBuilder.HashQuery(Parts(new BsonDocument("a", 1))));
        Assert.DoesNotContain('+', hash);
        Assert.DoesNotContain('/', hash);
        Assert.DoesNotContain('=', hash);
    }

    public static TheoryData<string> DifferentQueries => new()
    {
        "filter value", "filter field order", "numeric type", "sort", "sort direction", "projection", "skip", "limit",
        "include deleted", "result type", "database", "collection",
    };

    [Theory]
    [MemberData(nameof(DifferentQueries))]
    public void HashQuery_QueriesThatDiffer_GetDifferentKeys(string difference)
    {
        var baseline = new QueryKeyParts(
            "app", "users", typeof(CachedUser),
            new BsonDocument { { "a", 1 }, { "b", 2 } },
            new BsonDocument("name", 1),
            new BsonDocument("name", 1),
            Skip: 10, Limit: 20, IncludeDeleted: false);
        var changed = difference switch
        {
            "filter value" => baseline with { Filter = new BsonDocument { { "a", 1 }, { "b", 3 } } },
            "filter field order" => baseline with { Filter = new BsonDocument { { "b", 2 }, { "a", 1 } } },
            "numeric type" => baseline with { Filter = new BsonDocument { { "a", 1L }, { "b", 2 } } },
            "sort" => baseline with { Sort = new BsonDocument("age", 1) },
            "sort direction" => baseline with { Sort = new BsonDocument("name", -1) },
            "projection" => baseline with { Projection = null },
            "skip" => baseline with { Skip = 11 },
            "limit" => baseline with { Limit = null },
            "include deleted" => baseline with { IncludeDeleted = true },
            "result type" => baseline with { ResultType = typeof(BsonDocument) },
            "database" => baseline with { DatabaseName = "other" },
            "collection" => baseline with { CollectionName = "people" },
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        Assert.NotEqual(CacheKeyBuilder.HashQuery(baseline), CacheKeyBuilder.HashQuery(changed));
    }

    [Fact]
    public void HashQuery_NamesAreLengthPrefixed_SoConcatenationsDoNotCollide()
    {
        var first = Parts() with { DatabaseName = "ab", CollectionName = "c" };
        var second = Parts() with { DatabaseName = "a", CollectionName = "bc" };

        Assert.NotEqual(CacheKeyBuilder.HashQuery(first), CacheKeyBuilder.HashQuery(second));
    }

    [Fact]
    public void ForQuery_AppendsOperation_SoTerminalMethodsDoNotShare()
    {
        var keys = new CacheKeyBuilder("mp:", 256);

        Assert.Equal("mp:q:HASH:list", keys.ForQuery("HASH", "list"));
        Assert.NotEqual(keys.ForQuery("HASH", "page:1:20:Exact"), keys.ForQuery("HASH", "page:2:20:Exact"));
    }

    [Fact]
    public void ForExplicitKey_ShortKey_IsUsedAsGivenWithPrefix()
    {
        var keys = new CacheKeyBuilder("mp:", 256);

        Assert.Equal("mp:k:users:top10", keys.ForExplicitKey("users:top10"));
    }

    [Fact]
    public void ForExplicitKey_LongKey_IsHashedWithinMaxLength()
    {
        var keys = new CacheKeyBuilder("mp:", 64);
        var longKey = new string('x', 500);

        var key = keys.ForExplicitKey(longKey);

        Assert.True(key.Length <= 64, key);
        Assert.StartsWith("mp:h:", key, StringComparison.Ordinal);
        Assert.Equal(key, keys.ForExplicitKey(longKey));
        Assert.NotEqual(key, keys.ForExplicitKey(longKey + "y"));
    }

    [Fact]
    public void ForQuery_LongOperation_IsHashedWithinMaxLength()
    {
        var keys = new CacheKeyBuilder("mp:", 64);

        var key = keys.ForQuery(new string('h', 43), "keyset:" + new string('t', 300) + ":20");

        Assert.True(key.Length <= 64, key);
    }

    [Fact]
    public void ForId_TagsTheIdType_SoEqualLookingIdsOfOtherTypesDoNotShareKeys()
    {
        var keys = new CacheKeyBuilder("mp:", 250);
        var scope = keys.ForIdScope("app", "users", typeof(CachedUser));

        string[] distinct =
        [
            keys.ForId(scope, new BsonInt32(1)),
            keys.ForId(scope, new BsonInt64(1)),
            keys.ForId(scope, new BsonString("1")),
            keys.ForId(scope, new BsonDouble(1)),
            keys.ForId(scope, new BsonObjectId(ObjectId.Parse("0123456789abcdef01234567"))),
            keys.ForId(scope, new BsonString("0123456789abcdef01234567")),
        ];

        Assert.Equal(distinct.Length, distinct.Distinct().Count());
        Assert.Equal(scope + "o0123456789abcdef01234567", distinct[4]);
        Assert.Equal(keys.ForId(scope, new BsonDouble(1)), keys.ForId(scope, new BsonDouble(1)));
    }

    [Fact]
    public void ForIdScope_DiffersByDatabaseCollectionAndType()
    {
        var keys = new CacheKeyBuilder("mp:", 250);

        string[] scopes =
        [
            keys.ForIdScope("app", "users", typeof(CachedUser)),
            keys.ForIdScope("app2", "users", typeof(CachedUser)),
            keys.ForIdScope("app", "users2", typeof(CachedUser)),
            keys.ForIdScope("app", "users", typeof(string)),
        ];

        Assert.Equal(scopes.Length, scopes.Distinct().Count());
    }

    [Fact]
    public void ForId_LongStringIds_AreHashedToTheBoundedLength()
    {
        var keys = new CacheKeyBuilder("mp:", 100);
        var scope = keys.ForIdScope("app", "users", typeof(CachedUser));

        var key = keys.ForId(scope, new BsonString(new string('x', 500)));

        Assert.True(key.Length <= 100);
        Assert.NotEqual(key, keys.ForId(scope, new BsonString(new string('x', 499))));
    }
}
