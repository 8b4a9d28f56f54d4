using MongoPatterns.Bson;
using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Updates;

/// <summary>The state of one application of an update to one document.</summary>
internal sealed class UpdateContext
{
    private readonly List<string> _path = [];
    private string? _idText;

    /// <summary>Creates the context.</summary>
    /// <param name="document">The working copy being updated (the root).</param>
    /// <param name="details">Match details of the query (positional operator).</param>
    /// <param name="isUpsertInsert">Whether this is the insert of an upsert.</param>
    /// <param name="arrayFilters">The parsed array filters by identifier.</param>
    /// <param name="now">The time for <c>$currentDate</c>.</param>
    public UpdateContext(BsonDocument document, MatchDetails? details, bool isUpsertInsert, IReadOnlyDictionary<string, QueryFilter> arrayFilters, DateTime now)
    {
        Document = document;
        Details = details;
        IsUpsertInsert = isUpsertInsert;
        ArrayFilters = arrayFilters;
        Now = now;
    }

    /// <summary>Gets the working copy of the document.</summary>
    public BsonDocument Document { get; }

    /// <summary>Gets the query's match details.</summary>
    public MatchDetails? Details { get; }

    /// <summary>Gets a value indicating whether this is the insert of an upsert.</summary>
    public bool IsUpsertInsert { get; }

    /// <summary>Gets the array filters by identifier.</summary>
    public IReadOnlyDictionary<string, QueryFilter> ArrayFilters { get; }

    /// <summary>Gets the time for <c>$currentDate</c>.</summary>
    public DateTime Now { get; }

    /// <summary>Gets or sets how many arrays the current position is nested in.</summary>
    public int ArrayDepth { get; set; }

    /// <summary>Gets the document's <c>_id</c> element as MongoDB prints it in messages (<c>_id: 1</c>), or <c>no id</c>.</summary>
    public string IdText => _idText ??= Document.TryGetValue("_id", out var id) ? BsonDisplay.FormatElement("_id", id) : "no id";

    /// <summary>Gets the dotted path of the current position.</summary>
    public string CurrentPath => string.Join('.', _path);

    /// <summary>Enters a field.</summary>
    /// <param name="name">The field name.</param>
    public void Push(string name) => _path.Add(name);

    /// <summary>Leaves the current field.</summary>
    public void Pop() => _path.RemoveAt(_path.Count - 1);
}
