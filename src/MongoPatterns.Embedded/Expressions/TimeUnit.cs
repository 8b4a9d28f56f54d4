namespace MongoPatterns.Embedded.Expressions;

/// <summary>The time units of <c>$dateAdd</c>, <c>$dateDiff</c> and <c>$dateTrunc</c>.</summary>
internal enum TimeUnit
{
    /// <summary>A millisecond.</summary>
    Millisecond,

    /// <summary>A second.</summary>
    Second,

    /// <summary>A minute.</summary>
    Minute,

    /// <summary>An hour.</summary>
    Hour,

    /// <summary>A day.</summary>
    Day,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A quarter (three months).</summary>
    Quarter,

    /// <summary>A year.</summary>
    Year,
}
