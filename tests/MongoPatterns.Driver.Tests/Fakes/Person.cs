using MongoPatterns.Bson;

namespace MongoPatterns.Driver.Tests.Fakes;

/// <summary>A small POCO for tests that need a document type with mapped members.</summary>
public sealed class Person
{
    /// <summary>Gets or sets the id (stored as <c>_id</c>, generated when empty).</summary>
    public ObjectId Id { get; set; }

    /// <summary>Gets or sets the e-mail address (stored as <c>email</c>, upper-cased by its serializer).</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Gets or sets the tags (stored as <c>tags</c>).</summary>
    public List<string> Tags { get; set; } = [];
}
