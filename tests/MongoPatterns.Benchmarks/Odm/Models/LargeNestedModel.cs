using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization.Attributes;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>
/// The ODM benchmark's large nested model (<c>odm/nested-models/large_doc_nested.json</c>): five embedded documents of
/// strings, an array of two such documents and seven embedded documents of integers, plus the generated <c>_id</c>.
/// </summary>
public sealed class LargeNestedModel : IOdmModel
{
    /// <inheritdoc/>
    [BsonId]
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the <c>embedded_str_doc_1</c> embedded document.</summary>
    [BsonElement("embedded_str_doc_1")]
    public EmbeddedStringDocument EmbeddedStrDoc1 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_str_doc_2</c> embedded document.</summary>
    [BsonElement("embedded_str_doc_2")]
    public EmbeddedStringDocument EmbeddedStrDoc2 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_str_doc_3</c> embedded document.</summary>
    [BsonElement("embedded_str_doc_3")]
    public EmbeddedStringDocument EmbeddedStrDoc3 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_str_doc_4</c> embedded document.</summary>
    [BsonElement("embedded_str_doc_4")]
    public EmbeddedStringDocument EmbeddedStrDoc4 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_str_doc_5</c> embedded document.</summary>
    [BsonElement("embedded_str_doc_5")]
    public EmbeddedStringDocument EmbeddedStrDoc5 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_str_doc_array</c> field (an array of embedded documents).</summary>
    [BsonElement("embedded_str_doc_array")]
    public List<EmbeddedStringDocument> EmbeddedStrDocArray { get; set; } = [];

    /// <summary>Gets or sets the <c>embedded_int_doc_8</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_8")]
    public EmbeddedIntDocument EmbeddedIntDoc8 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_9</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_9")]
    public EmbeddedIntDocument EmbeddedIntDoc9 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_10</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_10")]
    public EmbeddedIntDocument EmbeddedIntDoc10 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_11</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_11")]
    public EmbeddedIntDocument EmbeddedIntDoc11 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_12</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_12")]
    public EmbeddedIntDocument EmbeddedIntDoc12 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_13</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_13")]
    public EmbeddedIntDocument EmbeddedIntDoc13 { get; set; } = new();

    /// <summary>Gets or sets the <c>embedded_int_doc_14</c> embedded document.</summary>
    [BsonElement("embedded_int_doc_14")]
    public EmbeddedIntDocument EmbeddedIntDoc14 { get; set; } = new();
}
