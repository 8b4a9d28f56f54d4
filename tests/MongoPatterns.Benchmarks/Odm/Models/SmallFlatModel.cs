using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>
/// The ODM benchmark's small flat model (<c>odm/flat-models/small_doc.json</c>): seven string fields and six integer
/// fields, plus the generated <c>_id</c>.
/// </summary>
public sealed class SmallFlatModel : IOdmModel
{
    /// <inheritdoc/>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets <c>field1</c> (a string; the field the update task changes).</summary>
    [BsonElement("field1")]
    public string Field1 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field2</c> (a string).</summary>
    [BsonElement("field2")]
    public string Field2 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field3</c> (a string).</summary>
    [BsonElement("field3")]
    public string Field3 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field4</c> (a string).</summary>
    [BsonElement("field4")]
    public string Field4 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field5</c> (a string).</summary>
    [BsonElement("field5")]
    public string Field5 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field6</c> (a string).</summary>
    [BsonElement("field6")]
    public string Field6 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field7</c> (a string).</summary>
    [BsonElement("field7")]
    public string Field7 { get; set; } = string.Empty;

    /// <summary>Gets or sets <c>field8</c> (an integer).</summary>
    [BsonElement("field8")]
    public int Field8 { get; set; }

    /// <summary>Gets or sets <c>field9</c> (an integer).</summary>
    [BsonElement("field9")]
    public int Field9 { get; set; }

    /// <summary>Gets or sets <c>field10</c> (an integer).</summary>
    [BsonElement("field10")]
    public int Field10 { get; set; }

    /// <summary>Gets or sets <c>field11</c> (an integer).</summary>
    [BsonElement("field11")]
    public int Field11 { get; set; }

    /// <summary>Gets or sets <c>field12</c> (an integer).</summary>
    [BsonElement("field12")]
    public int Field12 { get; set; }

    /// <summary>Gets or sets <c>field13</c> (an integer).</summary>
    [BsonElement("field13")]
    public int Field13 { get; set; }
}
