using MongoPatterns.Benchmarks.Odm.Models;
using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Odm;

/// <summary>
/// The operations the ODM tasks perform on one model type, implemented once through the raw driver
/// (<see cref="DriverModelStore{TModel}"/>) and once through <c>Repository&lt;T&gt;</c>, so that every task runs
/// identically through both.
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal interface IModelStore<TModel>
    where TModel : class, IOdmModel
{
    /// <summary>Gets the client name in results (e.g. <c>driver</c>, <c>repository</c>).</summary>
    string ClientName { get; }

    /// <summary>Drops the model's collection.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the collection is gone.</returns>
    Task ResetAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a new model; its <see cref="IOdmModel.Id"/> must be empty and is set by the save.</summary>
    /// <param name="model">The model.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the model is saved.</returns>
    Task InsertAsync(TModel model, CancellationToken cancellationToken = default);

    /// <summary>Finds a model by <c>_id</c>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The model, or null.</returns>
    Task<TModel?> FindByIdAsync(ObjectId id, CancellationToken cancellationToken = default);

    /// <summary>Finds a model by <c>_id</c> and the value of a (possibly nested, dotted) string field.</summary>
    /// <param name="id">The id.</param>
    /// <param name="fieldPath">The field, e.g. <c>embedded_str_doc_1.field1</c>.</param>
    /// <param name="value">The value the field must have.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The model, or null.</returns>
    Task<TModel?> FindByIdAndFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default);

    /// <summary>Finds every model whose string field has a value and materialises them.</summary>
    /// <param name="fieldPath">The field.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of models read.</returns>
    Task<int> FindManyAsync(string fieldPath, string value, CancellationToken cancellationToken = default);

    /// <summary>Sets a (possibly nested, dotted) string field of one model.</summary>
    /// <param name="id">The model's id.</param>
    /// <param name="fieldPath">The field.</param>
    /// <param name="value">The new value.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the update is acknowledged.</returns>
    Task UpdateFieldAsync(ObjectId id, string fieldPath, string value, CancellationToken cancellationToken = default);
}
