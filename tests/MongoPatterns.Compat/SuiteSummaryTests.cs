namespace MongoPatterns.Compat;

/// <summary>The wrapper's reading of a suite's closing line, checked without any client or server.</summary>
public sealed class SuiteSummaryTests
{
    [Fact]
    public void TryParse_OutputWithFailuresAndSummary_ReadsCounts()
    {
        const string output = "FAIL insertOne: expected 1 but got 2\nFAIL find: timed out\ndriver: 40 passed, 2 failed\n";

        Assert.True(SuiteSummary.TryParse(output, "driver", out var summary));
        Assert.Equal(new SuiteSummary(40, 2), summary);
        Assert.Equal(["FAIL insertOne: expected 1 but got 2", "FAIL find: timed out"], SuiteSummary.FailureLines(output));
    }

    [Fact]
    public void TryParse_SummaryOfAnotherClientOnly_ReturnsFalse()
    {
        Assert.False(SuiteSummary.TryParse("mongoose: 3 passed, 0 failed\n", "driver", out _));
    }

    [Fact]
    public void TryParse_NoSummaryLine_ReturnsFalse()
    {
        Assert.False(SuiteSummary.TryParse("MongoNetworkError: connect ECONNREFUSED 127.0.0.1:1\n", "mongosh", out _));
    }

    [Fact]
    public void TryParse_SummaryWithWindowsLineEnding_ReadsCounts()
    {
        Assert.True(SuiteSummary.TryParse("pymongo: 22 passed, 0 failed\r\n", "pymongo", out var summary));
        Assert.Equal(new SuiteSummary(22, 0), summary);
    }
}
