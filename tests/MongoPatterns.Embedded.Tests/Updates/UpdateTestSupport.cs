using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Tests.Query;
using MongoPatterns.Embedded.Updates;

namespace MongoPatterns.Embedded.Tests.Updates;

/// <summary>Helpers that apply updates the way the server does (match first, then apply to the stored document).</summary>
internal static class UpdateTestSupport
{
    public static readonly DateTime Now = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    public static UpdateOutcome Apply(string update, string document, string? filter = null, string? arrayFilters = null, bool upsertInsert = false)
    {
        var context = new QueryContext { Now = Now };
        var spec = UpdateSpec.Parse(Shell.Value(update), arrayFilters is null ? null : Shell.Array(arrayFilters), context);
        var source = Shell.Doc(document);
        var before = source.DeepClone();
        MatchDetails? details = null;
        if (filter is not null)
        {
            details = new MatchDetails();
            Assert.True(QueryFilter.Parse(Shell.Doc(filter)).Matches(source, details), "the test document must match the filter");
        }

        var outcome = spec.Apply(source, details, upsertInsert);
        TestSupport.AssertBsonEqual(before, source);
        return outcome;
    }

    public static void AssertUpdates(string update, string document, string expected, string? filter = null, string? arrayFilters = null)
    {
        var outcome = Apply(update, document, filter, arrayFilters);
        TestSupport.AssertBsonEqual(Shell.Doc(expected), outcome.Document);
        Assert.True(outcome.Modified, "the update should report a modification");
    }

    public static void AssertNoOp(string update, string document, string? filter = null)
    {
        var outcome = Apply(update, document, filter);
        TestSupport.AssertBsonEqual(Shell.Doc(document), outcome.Document);
        Assert.False(outcome.Modified, "the update should be a no-op");
    }

    public static MongoServerException AssertFails(string update, string document, int code, string? message = null, string? filter = null, string? arrayFilters = null)
    {
        var error = Assert.Throws<MongoServerException>(() => Apply(update, document, filter, arrayFilters));
        Assert.Equal(code, error.Code);
        if (message is not null)
        {
            Assert.Equal(message, error.Message);
        }

        return error;
    }

    public static BsonDocument Upsert(string query, string update, string? arrayFilters = null)
    {
        var spec = UpdateSpec.Parse(Shell.Value(update), arrayFilters is null ? null : Shell.Array(arrayFilters), new QueryContext { Now = Now });
        return spec.BuildUpsertDocument(Shell.Doc(query), null);
    }
}
