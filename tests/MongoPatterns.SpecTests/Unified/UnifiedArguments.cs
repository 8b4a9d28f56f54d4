using MongoPatterns.Bson;
using MongoPatterns.Driver;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>
/// The <c>arguments</c> of one operation, read strictly: each read marks the argument as used, and
/// <see cref="EnsureAllUsed"/> raises an error for any argument the runner does not know (as the format requires).
/// Also converts the common option shapes (collation, hint, maxTimeMS, concerns) into driver types.
/// </summary>
internal sealed class UnifiedArguments
{
    private readonly BsonDocument _arguments;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Wraps an operation's arguments.</summary>
    public UnifiedArguments(string operation, BsonDocument? arguments)
    {
        Operation = operation;
        _arguments = arguments ?? new BsonDocument();
    }

    /// <summary>Gets the operation name, for messages.</summary>
    public string Operation { get; }

    /// <summary>Gets an optional argument.</summary>
    public BsonValue? Optional(string name)
    {
        _used.Add(name);
        return _arguments.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Gets a required argument.</summary>
    public BsonValue Required(string name) =>
        Optional(name) ?? throw new InvalidOperationException($"Operation '{Operation}' needs the argument '{name}'.");

    /// <summary>Gets an optional document argument.</summary>
    public BsonDocument? OptionalDocument(string name) => Optional(name)?.AsBsonDocument;

    /// <summary>Gets an optional boolean argument.</summary>
    public bool? OptionalBoolean(string name) => Optional(name)?.ToBoolean();

    /// <summary>Gets an optional integer argument.</summary>
    public int? OptionalInt32(string name) => Optional(name)?.ToInt32();

    /// <summary>Gets an optional 64-bit integer argument.</summary>
    public long? OptionalInt64(string name) => Optional(name)?.ToInt64();

    /// <summary>Gets an optional string argument.</summary>
    public string? OptionalString(string name) => Optional(name)?.AsString;

    /// <summary>Gets <c>maxTimeMS</c> as a time span.</summary>
    public TimeSpan? MaxTime() => OptionalInt64("maxTimeMS") is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds) : null;

    /// <summary>Gets <c>collation</c> as a driver collation.</summary>
    public Collation? Collation() => OptionalDocument("collation") is { } document ? ToCollation(document) : null;

    /// <summary>Gets <c>sort</c> as a sort definition.</summary>
    public SortDefinition<BsonDocument>? Sort() => OptionalDocument("sort") is { } sort ? (SortDefinition<BsonDocument>)sort : null;

    /// <summary>Gets <c>projection</c> as a projection definition.</summary>
    public ProjectionDefinition<BsonDocument, BsonDocument>? Projection() =>
        OptionalDocument("projection") is { } projection ? (ProjectionDefinition<BsonDocument, BsonDocument>)projection : null;

    /// <summary>Gets an argument that is a list of documents (a pipeline, array filters, documents).</summary>
    public List<BsonDocument>? OptionalDocuments(string name) => Optional(name)?.AsBsonArray.Select(value => value.AsBsonDocument).ToList();

    /// <summary>Raises an error for the first argument the runner did not read.</summary>
    /// <exception cref="NotSupportedException">An argument is not supported.</exception>
    public void EnsureAllUsed()
    {
        foreach (var name in _arguments.Names)
        {
            if (!_used.Contains(name))
            {
                throw new NotSupportedException($"The argument '{name}' of operation '{Operation}' is not supported by the unified runner.");
            }
        }
    }

    /// <summary>Converts a collation document.</summary>
    public static Collation ToCollation(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var collation = new Collation(document["locale"].AsString);
        foreach (var element in document)
        {
            collation = element.Name switch
            {
                "locale" => collation,
                "strength" => collation with { Strength = element.Value.ToInt32() },
                "caseLevel" => collation with { CaseLevel = element.Value.ToBoolean() },
                "caseFirst" => collation with { CaseFirst = element.Value.AsString },
                "numericOrdering" => collation with { NumericOrdering = element.Value.ToBoolean() },
                "alternate" => collation with { Alternate = element.Value.AsString },
                "maxVariable" => collation with { MaxVariable = element.Value.AsString },
                "normalization" => collation with { Normalization = element.Value.ToBoolean() },
                "backwards" => collation with { Backwards = element.Value.ToBoolean() },
                _ => throw new NotSupportedException($"Unknown collation option '{element.Name}'."),
            };
        }

        return collation;
    }

    /// <summary>Converts a read concern document.</summary>
    public static ReadConcern ToReadConcern(BsonDocument document) =>
        new(document.GetValue("level", null)?.AsString);

    /// <summary>Converts a write concern document (<c>w</c>, <c>wtimeoutMS</c>, <c>journal</c>).</summary>
    public static WriteConcern ToWriteConcern(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        WriteConcernW? w = document.GetValue("w", null) switch
        {
            null => (WriteConcernW?)null,
            BsonString { Value: "majority" } => WriteConcernW.Majority,
            BsonString text => WriteConcernW.Tag(text.Value),
            var number => WriteConcernW.Nodes(number.ToInt32()),
        };
        var timeout = document.GetValue("wtimeoutMS", null) is { } milliseconds ? TimeSpan.FromMilliseconds(milliseconds.ToInt64()) : (TimeSpan?)null;
        var journal = document.GetValue("journal", null)?.ToBoolean();
        return new WriteConcern(w, timeout, journal);
    }

    /// <summary>Converts a read preference document (<c>mode</c>, <c>tagSets</c>, <c>maxStalenessSeconds</c>).</summary>
    public static ReadPreference ToReadPreference(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mode = Enum.Parse<ReadPreferenceMode>(document["mode"].AsString, ignoreCase: true);
        var tagSets = document.GetValue("tagSets", null) is BsonArray sets
            ? sets.Select(set => (IReadOnlyDictionary<string, string>)set.AsBsonDocument.ToDictionary(tag => tag.Name, tag => tag.Value.AsString, StringComparer.Ordinal)).ToList()
            : null;
        var maxStaleness = document.GetValue("maxStalenessSeconds", null) is { } seconds ? TimeSpan.FromSeconds(seconds.ToInt64()) : (TimeSpan?)null;
        return new ReadPreference(mode, tagSets, maxStaleness);
    }
}
