namespace MongoPatterns.Embedded.Cursors;

/// <summary>An open cursor: its remaining results (read from the snapshot it started with) and its bookkeeping.</summary>
internal sealed class ServerCursor : IDisposable
{
    private readonly IEnumerator<CursorItem> _source;
    private bool _hasPeeked;
    private CursorItem _peeked;
    private bool _exhausted;

    /// <summary>Creates a cursor.</summary>
    /// <param name="id">The cursor id.</param>
    /// <param name="database">The database.</param>
    /// <param name="collection">The collection name reported in the namespace (may be <c>$cmd.listCollections</c>).</param>
    /// <param name="source">The remaining results.</param>
    /// <param name="limit">The number of results still allowed (0 = unlimited).</param>
    /// <param name="lastUsed">When it was created.</param>
    public ServerCursor(long id, string database, string collection, IEnumerator<CursorItem> source, long limit, DateTimeOffset lastUsed)
    {
        Id = id;
        Database = database;
        Collection = collection;
        _source = source;
        RemainingLimit = limit;
        LastUsed = lastUsed;
    }

    /// <summary>Gets the cursor id.</summary>
    public long Id { get; }

    /// <summary>Gets the database.</summary>
    public string Database { get; }

    /// <summary>Gets the collection part of the namespace.</summary>
    public string Collection { get; }

    /// <summary>Gets the namespace (<c>db.coll</c>).</summary>
    public string Namespace => Database + "." + Collection;

    /// <summary>Gets or sets the number of results still allowed by the query's limit (0 = unlimited).</summary>
    public long RemainingLimit { get; set; }

    /// <summary>Gets or sets when the cursor was last used.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>Gets or sets a value indicating whether a getMore is running on it.</summary>
    public bool InUse { get; set; }

    /// <summary>Gets or sets a value indicating whether the cursor never times out.</summary>
    public bool NoTimeout { get; set; }

    /// <summary>Gets or sets the user who opened it, or null.</summary>
    public string? Owner { get; set; }

    /// <summary>Gets or sets the logical session id document that opened it, or null.</summary>
    public Bson.BsonValue? SessionId { get; set; }

    /// <summary>Gets a value indicating whether no result remains.</summary>
    public bool IsExhausted
    {
        get
        {
            if (_exhausted)
            {
                return true;
            }

            if (!_hasPeeked)
            {
                if (!_source.MoveNext())
                {
                    _exhausted = true;
                    return true;
                }

                _peeked = _source.Current;
                _hasPeeked = true;
            }

            return false;
        }
    }

    /// <summary>Takes the next batch.</summary>
    /// <param name="batchSize">The maximum number of documents (0 = no count limit).</param>
    /// <param name="byteLimit">The maximum total size (the first document is always taken).</param>
    /// <returns>The encoded documents.</returns>
    public List<byte[]> NextBatch(int batchSize, int byteLimit)
    {
        var batch = new List<byte[]>(batchSize > 0 ? Math.Min(batchSize, 1024) : 16);
        var total = 0;
        while (batchSize <= 0 || batch.Count < batchSize)
        {
            if (IsExhausted)
            {
                break;
            }

            var bytes = _peeked.Encode();
            if (batch.Count > 0 && total + bytes.Length > byteLimit)
            {
                break;
            }

            _hasPeeked = false;
            batch.Add(bytes);
            total += bytes.Length;
            if (RemainingLimit > 0)
            {
                RemainingLimit--;
                if (RemainingLimit == 0)
                {
                    _exhausted = true;
                    break;
                }
            }
        }

        return batch;
    }

    /// <summary>Takes the next result without encoding it.</summary>
    /// <returns>The item, or null when exhausted.</returns>
    public CursorItem? TakeOne()
    {
        if (IsExhausted)
        {
            return null;
        }

        _hasPeeked = false;
        return _peeked;
    }

    /// <inheritdoc />
    public void Dispose() => _source.Dispose();
}
