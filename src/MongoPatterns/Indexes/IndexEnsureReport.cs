namespace MongoPatterns.Indexes;

/// <summary>The outcome of <see cref="IIndexManager.EnsureIndexesAsync"/>; index names are qualified as <c>database.collection.index</c>.</summary>
public sealed class IndexEnsureReport
{
    private readonly List<string> _created = [];
    private readonly List<string> _unchanged = [];
    private readonly List<string> _conflicting = [];
    private readonly List<string> _dropped = [];

    /// <summary>Gets the indexes that were created.</summary>
    public IReadOnlyList<string> Created => _created;

    /// <summary>Gets the declared indexes that already existed as declared.</summary>
    public IReadOnlyList<string> Unchanged => _unchanged;

    /// <summary>Gets the indexes that exist with different options than declared (recreated when dropping conflicting indexes is enabled).</summary>
    public IReadOnlyList<string> Conflicting => _conflicting;

    /// <summary>Gets the indexes that were dropped.</summary>
    public IReadOnlyList<string> Dropped => _dropped;

    internal void AddCreated(string name) => _created.Add(name);

    internal void AddUnchanged(string name) => _unchanged.Add(name);

    internal void AddConflicting(string name) => _conflicting.Add(name);

    internal void AddDropped(string name) => _dropped.Add(name);
}
