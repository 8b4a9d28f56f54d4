using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>An embedded document of the large nested model: fifteen integer fields <c>field1</c> to <c>field15</c>.</summary>
public sealed class EmbeddedIntDocument
{
    /// <summary>Gets or sets the <c>field1</c> field.</summary>
    [BsonElement("field1")]
    public int Field1 { get; set; }

    /// <summary>Gets or sets the <c>field2</c> field.</summary>
    [BsonElement("field2")]
    public int Field2 { get; set; }

    /// <summary>Gets or sets the <c>field3</c> field.</summary>
    [BsonElement("field3")]
    public int Field3 { get; set; }

    /// <summary>Gets or sets the <c>field4</c> field.</summary>
    [BsonElement("field4")]
    public int Field4 { get; set; }

    /// <summary>Gets or sets the <c>field5</c> field.</summary>
    [BsonElement("field5")]
    public int Field5 { get; set; }

    /// <summary>Gets or sets the <c>field6</c> field.</summary>
    [BsonElement("field6")]
    public int Field6 { get; set; }

    /// <summary>Gets or sets the <c>field7</c> field.</summary>
    [BsonElement("field7")]
    public int Field7 { get; set; }

    /// <summary>Gets or sets the <c>field8</c> field.</summary>
    [BsonElement("field8")]
    public int Field8 { get; set; }

    /// <summary>Gets or sets the <c>field9</c> field.</summary>
    [BsonElement("field9")]
    public int Field9 { get; set; }

    /// <summary>Gets or sets the <c>field10</c> field.</summary>
    [BsonElement("field10")]
    public int Field10 { get; set; }

    /// <summary>Gets or sets the <c>field11</c> field.</summary>
    [BsonElement("field11")]
    public int Field11 { get; set; }

    /// <summary>Gets or sets the <c>field12</c> field.</summary>
    [BsonElement("field12")]
    public int Field12 { get; set; }

    /// <summary>Gets or sets the <c>field13</c> field.</summary>
    [BsonElement("field13")]
    public int Field13 { get; set; }

    /// <summary>Gets or sets the <c>field14</c> field.</summary>
    [BsonElement("field14")]
    public int Field14 { get; set; }

    /// <summary>Gets or sets the <c>field15</c> field.</summary>
    [BsonElement("field15")]
    public int Field15 { get; set; }
}
