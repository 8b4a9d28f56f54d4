using System.Text.Json.Serialization;
using MongoPatterns.Bson.Serialization.Attributes;
using Newtonsoft.Json;

namespace MongoPatterns.Benchmarks.Bson.Models;

/// <summary>
/// The typed shape of <c>deep_bson.json</c>: a binary tree whose inner nodes hold <c>right</c> and <c>left</c>
/// sub-documents and whose leaves hold the strings <c>rightValue</c> and <c>leftValue</c>. Absent members are null and
/// are left out when writing, so all three serializers reproduce the file's shape.
/// </summary>
public sealed class DeepNode
{
    /// <summary>Gets or sets the right sub-tree (inner nodes only).</summary>
    [BsonElement("right")]
    [BsonIgnoreIfNull]
    [JsonPropertyName("right")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonProperty("right", NullValueHandling = NullValueHandling.Ignore)]
    public DeepNode? Right { get; set; }

    /// <summary>Gets or sets the left sub-tree (inner nodes only).</summary>
    [BsonElement("left")]
    [BsonIgnoreIfNull]
    [JsonPropertyName("left")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonProperty("left", NullValueHandling = NullValueHandling.Ignore)]
    public DeepNode? Left { get; set; }

    /// <summary>Gets or sets the right value (leaves only).</summary>
    [BsonElement("rightValue")]
    [BsonIgnoreIfNull]
    [JsonPropertyName("rightValue")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonProperty("rightValue", NullValueHandling = NullValueHandling.Ignore)]
    public string? RightValue { get; set; }

    /// <summary>Gets or sets the left value (leaves only).</summary>
    [BsonElement("leftValue")]
    [BsonIgnoreIfNull]
    [JsonPropertyName("leftValue")]
    [System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonProperty("leftValue", NullValueHandling = NullValueHandling.Ignore)]
    public string? LeftValue { get; set; }
}
