namespace MongoPatterns.Bson.Tests.Decimal;

/// <summary>Which corpus cases a <see cref="DecimalCorpusDataAttribute"/> yields.</summary>
public enum DecimalCorpusCaseKind
{
    /// <summary>Every <c>valid</c> case: name, canonical BSON hex, canonical string, lossy flag.</summary>
    Valid,

    /// <summary>The <c>valid</c> cases with a degenerate string: name, canonical BSON hex, canonical string, degenerate string, lossy flag.</summary>
    Degenerate,

    /// <summary>Every <c>parseErrors</c> case: name, string.</summary>
    ParseError,
}
