using System.Reflection;
using Xunit.Sdk;

namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>
/// Supplies one theory row per corpus case; when the corpus is absent the theory is skipped with
/// <see cref="DecimalCorpus.MissingMessage"/> (xunit 2 needs a row to report, so one placeholder row is yielded).
/// </summary>
/// <param name="kind">The cases to yield.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DecimalCorpusDataAttribute(DecimalCorpusCaseKind kind) : DataAttribute
{
    /// <summary>Gets the cases yielded.</summary>
    public DecimalCorpusCaseKind Kind { get; } = kind;

    /// <inheritdoc />
    public override string? Skip
    {
        get => DecimalCorpus.Directory is null ? DecimalCorpus.MissingMessage : base.Skip;
        set => base.Skip = value;
    }

    /// <inheritdoc />
    public override IEnumerable<object?[]> GetData(MethodInfo testMethod)
    {
        if (DecimalCorpus.Directory is null)
        {
            return [Placeholder()];
        }

        return Kind switch
        {
            DecimalCorpusCaseKind.Valid => DecimalCorpus.Files.SelectMany(f => f.Valid)
                .Select(c => new object?[] { c.Name, c.CanonicalBson, c.CanonicalString, c.Lossy }),
            DecimalCorpusCaseKind.Degenerate => DecimalCorpus.Files.SelectMany(f => f.Valid).Where(c => c.DegenerateString is not null)
                .Select(c => new object?[] { c.Name, c.CanonicalBson, c.CanonicalString, c.DegenerateString, c.Lossy }),
            _ => DecimalCorpus.Files.SelectMany(f => f.ParseErrors).Select(c => new object?[] { c.Name, c.Text }),
        };
    }

    private object?[] Placeholder() => Kind switch
    {
        DecimalCorpusCaseKind.Valid => ["corpus missing", "", "", false],
        DecimalCorpusCaseKind.Degenerate => ["corpus missing", "", "", "", false],
        _ => ["corpus missing", ""],
    };
}
