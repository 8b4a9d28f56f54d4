using MongoPatterns.Benchmarks.Driver;
using MongoPatterns.Benchmarks.Odm;
using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Benchmarks.Runner;

namespace MongoPatterns.Benchmarks.Comparison;

/// <summary>
/// The MongoPatterns side of the cross-client comparison (<c>compare/run.sh</c>): the ODM small flat model tasks
/// (through <c>Repository&lt;T&gt;</c> and the raw driver) and the driver's find-one-by-_id and small insert-one. The
/// Node.js driver, Mongoose and pymongo scripts in <c>compare/</c> run the same tasks, with the same names, data,
/// operation counts and iteration rules, so <c>compare/merge.py</c> can put them side by side.
/// </summary>
internal static class ComparisonBenchmark
{
    /// <summary>The group of every comparison task.</summary>
    public const string Group = "compare";

    /// <summary>The value of <c>field1</c> in <c>small_doc.json</c>, which every saved instance has (the find-many filter).</summary>
    public const string SmallDocField1Value = "miNVpaKW";

    /// <summary>Creates the comparison tasks.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The tasks.</returns>
    public static IEnumerable<SpecTask> CreateTasks(BenchmarkSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var store in ModelStores.For<SmallFlatModel>(session, ModelStores.SmallFlatCollection))
        {
            yield return OdmTasks.Creation(session, store, Group, "odm-small-create", OdmDataFile.SmallFlat, 10_000);
            yield return OdmTasks.FindById(session, store, Group, "odm-small-find-by-id", OdmDataFile.SmallFlat, 10_000);
            yield return OdmTasks.FindMany(session, store, Group, "odm-small-find-many", OdmDataFile.SmallFlat, 10_000, OdmBenchmark.FlatUpdateField, SmallDocField1Value);
            yield return OdmTasks.Update(session, store, Group, "odm-small-update", OdmDataFile.SmallFlat, 10_000, OdmBenchmark.FlatUpdateField);
        }

        yield return DriverBenchmark.FindOneById(session, Group, "driver-find-one-by-id", DriverBenchmark.ClientName);
        yield return DriverBenchmark.InsertOne(session, Group, "driver-insert-one-small", "small_doc.json", 10_000, DriverBenchmark.ClientName);
    }
}
