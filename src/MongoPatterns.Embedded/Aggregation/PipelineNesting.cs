namespace MongoPatterns.Embedded.Aggregation;

/// <summary>Where a pipeline is being parsed, which decides the stages it may contain.</summary>
internal enum PipelineNesting
{
    /// <summary>A top-level aggregate pipeline.</summary>
    TopLevel,

    /// <summary>A <c>$facet</c> sub-pipeline.</summary>
    Facet,

    /// <summary>A <c>$lookup</c> sub-pipeline.</summary>
    Lookup,

    /// <summary>A <c>$unionWith</c> sub-pipeline.</summary>
    UnionWith,

    /// <summary>A pipeline-style update (or <c>$merge</c>'s <c>whenMatched</c> pipeline).</summary>
    Update,
}
