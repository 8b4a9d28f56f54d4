using System.Text.Json.Serialization;

namespace MongoPatterns.Samples.WebApi.Responses;

/// <summary>The envelope of every successful response: <c>{ success, data, metadata }</c>.</summary>
/// <typeparam name="T">The type of the data.</typeparam>
/// <param name="Data">The data.</param>
/// <param name="Metadata">Paging figures for lists, omitted otherwise.</param>
public sealed record ApiResponse<T>(T Data, object? Metadata = null)
{
    /// <summary>Gets a value indicating success: always true here (errors are problem details).</summary>
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
