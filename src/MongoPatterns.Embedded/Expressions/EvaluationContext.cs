using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>The values an expression is evaluated against.</summary>
internal sealed class EvaluationContext
{
    /// <summary>Creates a context for one document.</summary>
    /// <param name="root">The document (<c>$$ROOT</c>, and initially <c>$$CURRENT</c>).</param>
    public EvaluationContext(BsonDocument root)
    {
        Root = root;
        Current = root;
    }

    /// <summary>Gets the document being processed (<c>$$ROOT</c>).</summary>
    public BsonDocument Root { get; }

    /// <summary>Gets or sets <c>$$CURRENT</c> (field paths like <c>$a.b</c> resolve against it).</summary>
    public BsonValue Current { get; set; }

    /// <summary>Gets the user and system variables in scope (<c>let</c>, <c>$$this</c> in <c>$map</c>, ...).</summary>
    public IDictionary<string, BsonValue> Variables { get; init; } = new Dictionary<string, BsonValue>(StringComparer.Ordinal);

    /// <summary>Gets the value of <c>$$NOW</c>.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;
}
