using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>An embedded document of the large nested model: fifteen string fields <c>field1</c> to <c>field15</c>.</summary>
public sealed class EmbeddedStringDocument
{
    /// <summary>Gets or sets the <c>field1</c> field.</summary>
    [BsonElement("field1")]
    public string Field1 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field2</c> field.</summary>
    [BsonElement("field2")]
    public string Field2 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field3</c> field.</summary>
    [BsonElement("field3")]
    public string Field3 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field4</c> field.</summary>
    [BsonElement("field4")]
    public string Field4 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field5</c> field.</summary>
    [BsonElement("field5")]
    public string Field5 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field6</c> field.</summary>
    [BsonElement("field6")]
    public string Field6 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field7</c> field.</summary>
    [BsonElement("field7")]
    public string Field7 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field8</c> field.</summary>
    [BsonElement("field8")]
    public string Field8 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field9</c> field.</summary>
    [BsonElement("field9")]
    public string Field9 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field10</c> field.</summary>
    [BsonElement("field10")]
    public string Field10 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field11</c> field.</summary>
    [BsonElement("field11")]
    public string Field11 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field12</c> field.</summary>
    [BsonElement("field12")]
    public string Field12 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field13</c> field.</summary>
    [BsonElement("field13")]
    public string Field13 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field14</c> field.</summary>
    [BsonElement("field14")]
    public string Field14 { get; set; } = string.Empty;

    /// <summary>Gets or sets the <c>field15</c> field.</summary>
    [BsonElement("field15")]
    public string Field15 { get; set; } = string.Empty;
}
