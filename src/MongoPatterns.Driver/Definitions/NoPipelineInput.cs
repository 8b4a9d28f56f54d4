namespace MongoPatterns.Driver;

/// <summary>The input type of database-level aggregations (<c>aggregate: 1</c>), which start from a stage such as <c>$currentOp</c> or <c>$documents</c> rather than a collection.</summary>
public sealed class NoPipelineInput
{
    private NoPipelineInput()
    {
    }
}
