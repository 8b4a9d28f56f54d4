using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Expressions;

/// <summary>The values an expression is evaluated against.</summary>
/// <remarks>
/// One instance can be reused for many documents (<see cref="Reset(BsonDocument)"/>); it is not thread-safe. Variables
/// bound by <c>$let</c>, <c>$map</c>, <c>$filter</c> and <c>$reduce</c> live in a scope stack on top of
/// <see cref="Variables"/>, so the caller's dictionary is never modified.
/// </remarks>
internal sealed class EvaluationContext
{
    private IDictionary<string, BsonValue>? _variables;
    private ScopedVariable[] _scope = [];
    private int _scopeCount;

    /// <summary>Creates a context for one document.</summary>
    /// <param name="root">The document (<c>$$ROOT</c>, and initially <c>$$CURRENT</c>).</param>
    public EvaluationContext(BsonDocument root)
    {
        Root = root;
        Current = root;
    }

    /// <summary>Gets the document being processed (<c>$$ROOT</c>).</summary>
    public BsonDocument Root { get; private set; }

    /// <summary>Gets or sets <c>$$CURRENT</c> (field paths like <c>$a.b</c> resolve against it).</summary>
    public BsonValue Current { get; set; }

    /// <summary>Gets the user and system variables in scope (<c>let</c>, <c>$$this</c> in <c>$map</c>, ...).</summary>
    public IDictionary<string, BsonValue> Variables
    {
        get => _variables ??= new Dictionary<string, BsonValue>(StringComparer.Ordinal);
        init => _variables = value;
    }

    /// <summary>Gets the value of <c>$$NOW</c>.</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    /// <summary>Gets or sets the <c>$text</c> score of the current document (<c>{$meta: "textScore"}</c>).</summary>
    public double? TextScore { get; set; }

    /// <summary>Gets the random source of <c>$rand</c> (a shared one when not set).</summary>
    public Random? Random { get; init; }

    /// <summary>Points the context at the next document: resets <c>$$ROOT</c>, <c>$$CURRENT</c>, the text score and the scope.</summary>
    /// <param name="root">The document.</param>
    internal void Reset(BsonDocument root)
    {
        Root = root;
        Current = root;
        TextScore = null;
        _scopeCount = 0;
    }

    /// <summary>Looks a variable up: scoped bindings first (innermost wins), then <see cref="Variables"/>.</summary>
    /// <param name="name">The variable name without <c>$$</c>.</param>
    /// <param name="value">The value; <see langword="null"/> when the binding holds MISSING.</param>
    /// <returns>Whether the variable is bound.</returns>
    internal bool TryGetVariable(string name, out BsonValue? value)
    {
        for (var i = _scopeCount - 1; i >= 0; i--)
        {
            if (string.Equals(_scope[i].Name, name, StringComparison.Ordinal))
            {
                value = _scope[i].Value;
                return true;
            }
        }

        if (_variables is not null && _variables.TryGetValue(name, out var bound))
        {
            value = bound;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Looks a variable up among the scoped bindings only (<c>$let</c>, <c>$map</c>, ...).</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value; <see langword="null"/> for MISSING.</param>
    /// <returns>Whether a scoped binding exists.</returns>
    internal bool TryGetScopedVariable(string name, out BsonValue? value)
    {
        for (var i = _scopeCount - 1; i >= 0; i--)
        {
            if (string.Equals(_scope[i].Name, name, StringComparison.Ordinal))
            {
                value = _scope[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Binds a variable in a new innermost scope entry; undo with <see cref="PopVariables(int)"/>.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value (<see langword="null"/> for MISSING).</param>
    internal void PushVariable(string name, BsonValue? value)
    {
        if (_scopeCount == _scope.Length)
        {
            Array.Resize(ref _scope, Math.Max(4, _scope.Length * 2));
        }

        _scope[_scopeCount++] = new ScopedVariable(name, value);
    }

    /// <summary>Replaces the value of the innermost binding (used by loops that rebind <c>$$this</c>).</summary>
    /// <param name="offsetFromTop">0 for the innermost binding, 1 for the one below, ...</param>
    /// <param name="value">The new value.</param>
    internal void SetScopedVariable(int offsetFromTop, BsonValue? value)
    {
        var index = _scopeCount - 1 - offsetFromTop;
        _scope[index] = new ScopedVariable(_scope[index].Name, value);
    }

    /// <summary>Removes the innermost <paramref name="count"/> bindings.</summary>
    /// <param name="count">How many bindings to remove.</param>
    internal void PopVariables(int count)
    {
        _scopeCount -= count;
        Array.Clear(_scope, _scopeCount, count);
    }

    private readonly record struct ScopedVariable(string Name, BsonValue? Value);
}
