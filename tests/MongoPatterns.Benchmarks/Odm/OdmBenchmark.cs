using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Benchmarks.Runner;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>
/// The ODM benchmark (<c>source/benchmarking/odm-benchmarking.md</c>) on <c>odm/flat-models</c> and
/// <c>odm/nested-models</c>: every task through the raw driver and through <c>Repository&lt;T&gt;</c>.
/// </summary>
/// <remarks>
/// Deviations, all reported in the output: the large flat model (3.2 MB of JSON, a 2.4 MB image) is saved and updated 10
/// times per iteration (the driver benchmark's large-document count) instead of 10,000, which would be 24 GB per
/// iteration; the small nested tasks need <c>small_doc_nested.json</c>, which the shared data lacks, so they are skipped
/// unless it appears, and "find nested field by filter" runs on the large nested model instead; the foreign-key task
/// needs <c>$lookup</c> data the shared set lacks.
/// </remarks>
internal static class OdmBenchmark
{
    /// <summary>The field the flat update tasks change.</summary>
    public const string FlatUpdateField = "field1";

    /// <summary>The nested field the nested update and find tasks use.</summary>
    public const string NestedField = "embedded_str_doc_1.field1";

    /// <summary>The operation count of the large flat model tasks (see the remarks).</summary>
    public const int LargeFlatOperations = 10;

    /// <summary>Creates every ODM task for every store.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The tasks.</returns>
    public static IEnumerable<SpecTask> CreateTasks(BenchmarkSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        foreach (var store in ModelStores.For<SmallFlatModel>(session, ModelStores.SmallFlatCollection))
        {
            yield return OdmTasks.Creation(session, store, "flat", "small-model-creation", OdmDataFile.SmallFlat, 10_000);
            yield return OdmTasks.Update(session, store, "flat", "small-model-update", OdmDataFile.SmallFlat, 10_000, FlatUpdateField);
            yield return OdmTasks.FindById(session, store, "flat", "small-model-find-by-filter", OdmDataFile.SmallFlat, 10_000);
        }

        foreach (var store in ModelStores.For<LargeFlatModel>(session, ModelStores.LargeFlatCollection))
        {
            yield return OdmTasks.Creation(session, store, "flat", "large-model-creation", OdmDataFile.LargeFlat, LargeFlatOperations);
            yield return OdmTasks.Update(session, store, "flat", "large-model-update", OdmDataFile.LargeFlat, LargeFlatOperations, FlatUpdateField);
        }

        var nestedValue = OdmDataFile.Load<LargeNestedModel>(OdmDataFile.LargeNested).EmbeddedStrDoc1.Field1;
        foreach (var store in ModelStores.For<LargeNestedModel>(session, ModelStores.LargeNestedCollection))
        {
            yield return OdmTasks.Creation(session, store, "nested", "large-model-creation", OdmDataFile.LargeNested, 10_000);
            yield return OdmTasks.Update(session, store, "nested", "large-model-update-nested-field", OdmDataFile.LargeNested, 10_000, NestedField);
            yield return OdmTasks.FindById(session, store, "nested", "large-model-find-nested-field-by-filter", OdmDataFile.LargeNested, 10_000, NestedField, nestedValue);
        }
    }

    /// <summary>Records the specification tasks that cannot run on the shared data, with the reason.</summary>
    /// <param name="session">The session.</param>
    public static void RecordUnsupported(BenchmarkSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Runner.Skip("flat/small-model-find-foreign-key-by-filter", "all",
            "no small-document-foreign-key dataset in benchmark-data/odm (and Repository<T> has no join/$lookup API)");
        if (!OdmDataFile.Exists(OdmDataFile.SmallNested))
        {
            const string reason = "no small nested dataset (odm/nested-models/small_doc_nested.json) in the shared data; "
                + "find-nested-field runs on the large nested model instead";
            session.Runner.Skip("nested/small-model-creation", "all", reason);
            session.Runner.Skip("nested/small-model-update", "all", reason);
            session.Runner.Skip("nested/small-model-find-nested-field-by-filter", "all", reason);
        }

        session.Runner.Skip("flat/large-model-*", "note", $"run with {LargeFlatOperations} operations per iteration instead of 10,000 (2.4 MB image per model)");
    }
}
