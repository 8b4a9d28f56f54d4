using System.Globalization;
using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Benchmarks.Runner;
using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>
/// The ODM task shapes of <c>odm-benchmarking.md</c>, generic over the model and the store, so that the same code runs
/// through the raw driver and through <c>Repository&lt;T&gt;</c>. Each task's dataset size is the source file's size
/// times the operations per iteration.
/// </summary>
internal static class OdmTasks
{
    /// <summary>Model creation: save the model <paramref name="specificationOperations"/> times (a new document each time).</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="session">The session.</param>
    /// <param name="store">The store.</param>
    /// <param name="group">The group (<c>flat</c>, <c>nested</c>, <c>compare</c>).</param>
    /// <param name="name">The task name.</param>
    /// <param name="file">The data file.</param>
    /// <param name="specificationOperations">The specification's operation count.</param>
    /// <returns>The task.</returns>
    public static SpecTask Creation<TModel>(BenchmarkSession session, IModelStore<TModel> store, string group, string name, string file, int specificationOperations)
        where TModel : class, IOdmModel
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        var operations = session.Policy.Operations(specificationOperations);
        TModel? model = null;
        return new SpecTask(group, name, store.ClientName, operations, OdmDataFile.Size(file) * operations, async cancellationToken =>
        {
            for (var i = 0; i < operations; i++)
            {
                // A new document each time: the save assigns the id, so clear it first.
                model!.Id = ObjectId.Empty;
                await store.InsertAsync(model, cancellationToken).ConfigureAwait(false);
            }
        })
        {
            Setup = _ =>
            {
                model = OdmDataFile.Load<TModel>(file);
                return Task.CompletedTask;
            },
            BeforeIteration = cancellationToken => store.ResetAsync(cancellationToken),
            AfterIteration = _ => model!.Id == ObjectId.Empty ? throw new InvalidOperationException("The save did not assign an id.") : Task.CompletedTask,
            Teardown = cancellationToken => store.ResetAsync(cancellationToken),
        };
    }

    /// <summary>
    /// Model update: with the instances saved in setup, set <paramref name="fieldPath"/> of each to a value that
    /// changes every iteration. (The specification's "after task: drop the collection" would leave nothing to update in
    /// the next iteration; the collection is dropped at teardown instead.)
    /// </summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="session">The session.</param>
    /// <param name="store">The store.</param>
    /// <param name="group">The group.</param>
    /// <param name="name">The task name.</param>
    /// <param name="file">The data file.</param>
    /// <param name="specificationOperations">The specification's operation count (instances updated per iteration).</param>
    /// <param name="fieldPath">The string field to update (dotted for a nested field).</param>
    /// <returns>The task.</returns>
    public static SpecTask Update<TModel>(BenchmarkSession session, IModelStore<TModel> store, string group, string name, string file, int specificationOperations, string fieldPath)
        where TModel : class, IOdmModel
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        var operations = session.Policy.Operations(specificationOperations);
        var ids = new ObjectId[operations];
        var iteration = 0;
        var value = string.Empty;
        return new SpecTask(group, name, store.ClientName, operations, OdmDataFile.Size(file) * operations, async cancellationToken =>
        {
            foreach (var id in ids)
            {
                await store.UpdateFieldAsync(id, fieldPath, value, cancellationToken).ConfigureAwait(false);
            }
        })
        {
            Setup = cancellationToken => SaveInstancesAsync(store, file, ids, cancellationToken),
            BeforeIteration = _ =>
            {
                value = "updated-" + (++iteration).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            },
            Teardown = cancellationToken => store.ResetAsync(cancellationToken),
        };
    }

    /// <summary>Find by filter: with the instances saved in setup, find each by its <c>_id</c>.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="session">The session.</param>
    /// <param name="store">The store.</param>
    /// <param name="group">The group.</param>
    /// <param name="name">The task name.</param>
    /// <param name="file">The data file.</param>
    /// <param name="specificationOperations">The specification's operation count.</param>
    /// <param name="nestedField">When set, the filter also matches this nested field's saved value (the "find nested field" task).</param>
    /// <param name="nestedValue">The nested field's saved value.</param>
    /// <returns>The task.</returns>
    public static SpecTask FindById<TModel>(BenchmarkSession session, IModelStore<TModel> store, string group, string name, string file, int specificationOperations, string? nestedField = null, string? nestedValue = null)
        where TModel : class, IOdmModel
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        var operations = session.Policy.Operations(specificationOperations);
        var ids = new ObjectId[operations];
        var found = 0;
        return new SpecTask(group, name, store.ClientName, operations, OdmDataFile.Size(file) * operations, async cancellationToken =>
        {
            found = 0;
            foreach (var id in ids)
            {
                var model = nestedField is null
                    ? await store.FindByIdAsync(id, cancellationToken).ConfigureAwait(false)
                    : await store.FindByIdAndFieldAsync(id, nestedField, nestedValue!, cancellationToken).ConfigureAwait(false);
                found += model is null ? 0 : 1;
            }
        })
        {
            Setup = cancellationToken => SaveInstancesAsync(store, file, ids, cancellationToken),
            AfterIteration = _ => found == operations ? Task.CompletedTask : throw new InvalidOperationException($"Found {found} of {operations} models."),
            Teardown = cancellationToken => store.ResetAsync(cancellationToken),
        };
    }

    /// <summary>Find many: with the instances saved in setup, one query whose filter matches all of them, read to the end.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="session">The session.</param>
    /// <param name="store">The store.</param>
    /// <param name="group">The group.</param>
    /// <param name="name">The task name.</param>
    /// <param name="file">The data file.</param>
    /// <param name="specificationOperations">How many instances (documents read per iteration).</param>
    /// <param name="fieldPath">The filtered string field.</param>
    /// <param name="value">Its saved value.</param>
    /// <returns>The task.</returns>
    public static SpecTask FindMany<TModel>(BenchmarkSession session, IModelStore<TModel> store, string group, string name, string file, int specificationOperations, string fieldPath, string value)
        where TModel : class, IOdmModel
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(store);
        var operations = session.Policy.Operations(specificationOperations);
        var ids = new ObjectId[operations];
        var found = 0;
        return new SpecTask(group, name, store.ClientName, operations, OdmDataFile.Size(file) * operations, async cancellationToken =>
            found = await store.FindManyAsync(fieldPath, value, cancellationToken).ConfigureAwait(false))
        {
            Setup = cancellationToken => SaveInstancesAsync(store, file, ids, cancellationToken),
            AfterIteration = _ => found == operations ? Task.CompletedTask : throw new InvalidOperationException($"Found {found} of {operations} models."),
            Teardown = cancellationToken => store.ResetAsync(cancellationToken),
        };
    }

    private static async Task SaveInstancesAsync<TModel>(IModelStore<TModel> store, string file, ObjectId[] ids, CancellationToken cancellationToken)
        where TModel : class, IOdmModel
    {
        await store.ResetAsync(cancellationToken).ConfigureAwait(false);
        var model = OdmDataFile.Load<TModel>(file);
        for (var i = 0; i < ids.Length; i++)
        {
            model.Id = ObjectId.Empty;
            await store.InsertAsync(model, cancellationToken).ConfigureAwait(false);
            ids[i] = model.Id != ObjectId.Empty ? model.Id : throw new InvalidOperationException("The save did not assign an id.");
        }
    }
}
