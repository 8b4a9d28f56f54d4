using MongoPatterns.Bson;

namespace MongoPatterns.Benchmarks.Odm.Models;

/// <summary>A model of the ODM benchmark: a document with an <see cref="ObjectId"/> <c>_id</c>.</summary>
public interface IOdmModel
{
    /// <summary>Gets or sets the document id (<c>_id</c>); empty until the model is saved.</summary>
    ObjectId Id { get; set; }
}
