using System.Globalization;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Errors;
using MongoPatterns.Embedded.Expressions;

namespace MongoPatterns.Embedded.Aggregation;

/// <summary>Parses one stage's specification.</summary>
/// <param name="name">The stage name.</param>
/// <param name="specification">The stage's value.</param>
/// <param name="scope">The parse scope.</param>
/// <returns>The stage.</returns>
internal delegate PipelineStage StageParser(string name, BsonValue specification, PipelineParseScope scope);

/// <summary>The table of pipeline stages and the rules on where each may appear.</summary>
internal static class StageParsers
{
    private static readonly Dictionary<string, StageParser> s_parsers = new(StringComparer.Ordinal)
    {
        ["$match"] = MatchStage.Parse,
        ["$project"] = ProjectionStage.ParseProject,
        ["$addFields"] = ProjectionStage.ParseAddFields,
        ["$set"] = ProjectionStage.ParseAddFields,
        ["$unset"] = ProjectionStage.ParseUnset,
        ["$sort"] = SortStage.Parse,
        ["$skip"] = SkipStage.Parse,
        ["$limit"] = LimitStage.Parse,
        ["$group"] = GroupStage.Parse,
        ["$count"] = CountStage.Parse,
        ["$unwind"] = UnwindStage.Parse,
        ["$lookup"] = LookupStage.Parse,
        ["$graphLookup"] = GraphLookupStage.Parse,
        ["$facet"] = FacetStage.Parse,
        ["$sortByCount"] = SortByCountStage.Parse,
        ["$replaceRoot"] = ReplaceRootStage.Parse,
        ["$replaceWith"] = ReplaceRootStage.Parse,
        ["$bucket"] = BucketStage.Parse,
        ["$bucketAuto"] = BucketAutoStage.Parse,
        ["$out"] = OutStage.Parse,
        ["$merge"] = MergeStage.Parse,
        ["$unionWith"] = UnionWithStage.Parse,
        ["$sample"] = SampleStage.Parse,
        ["$redact"] = RedactStage.Parse,
        ["$documents"] = DocumentsStage.Parse,
        ["$setWindowFields"] = SetWindowFieldsStage.Parse,
    };

    // Real MongoDB stages this server does not implement: they fail with a clear message instead of "unrecognized".
    private static readonly HashSet<string> s_unsupported = new(StringComparer.Ordinal)
    {
        "$collStats", "$indexStats", "$currentOp", "$listSessions", "$listLocalSessions", "$planCacheStats", "$geoNear",
        "$search", "$searchMeta", "$vectorSearch", "$densify", "$fill", "$listSearchIndexes", "$shardedDataDistribution",
        "$changeStreamSplitLargeEvent", "$listCatalog", "$querySettings", "$listSampledQueries",
    };

    /// <summary>Parses and validates the stages of a pipeline.</summary>
    /// <param name="stages">The stage documents.</param>
    /// <param name="scope">The parse scope.</param>
    /// <returns>The stages.</returns>
    public static PipelineStage[] ParseStages(BsonArray stages, PipelineParseScope scope)
    {
        var result = new PipelineStage[stages.Count];
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] is not BsonDocument stage)
            {
                return ExpressionErrors.Throw<PipelineStage[]>(ErrorCodes.TypeMismatch, "Each element of the 'pipeline' array must be an object");
            }

            if (stage.ElementCount != 1)
            {
                ExpressionErrors.Throw(40323, "A pipeline stage specification object must contain exactly one field.");
            }

            var element = stage.GetElement(0);
            var name = element.Name;
            ValidatePlacement(name, i, stages.Count, scope.Nesting);
            if (!s_parsers.TryGetValue(name, out var parser))
            {
                if (name == "$changeStream")
                {
                    ExpressionErrors.Throw(40573, "The $changeStream stage is only supported on replica sets");
                }

                if (s_unsupported.Contains(name))
                {
                    ExpressionErrors.Throw(ErrorCodes.NotImplemented, $"{name} is not supported by the embedded server");
                }

                ExpressionErrors.Throw(40324, $"Unrecognized pipeline stage name: '{name}'");
            }

            result[i] = parser(name, element.Value, scope);
        }

        return result;
    }

    /// <summary>Reads a non-negative 64-bit count for <c>$skip</c>/<c>$limit</c>-style stages.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeCode">The error code for a non-number.</param>
    /// <param name="typeMessage">The message for a non-number.</param>
    /// <param name="rangeCode">The error code for a non-integral or negative value.</param>
    /// <returns>The count.</returns>
    public static long ReadCount(string name, BsonValue value, int typeCode, string typeMessage, int rangeCode)
    {
        if (!value.IsNumeric)
        {
            return ExpressionErrors.Throw<long>(typeCode, typeMessage);
        }

        if (!Numeric.TryGetInt64(value, out var count))
        {
            return ExpressionErrors.Throw<long>(rangeCode, $"invalid argument to {name} stage: Cannot represent as a 64-bit integer: {name}: {value}");
        }

        if (count < 0)
        {
            ExpressionErrors.Throw(rangeCode, $"invalid argument to {name} stage: Expected a non-negative number in: {name}: {count.ToString(CultureInfo.InvariantCulture)}");
        }

        return count;
    }

    private static void ValidatePlacement(string name, int index, int count, PipelineNesting nesting)
    {
        var isOutput = name is "$out" or "$merge";
        if (nesting == PipelineNesting.Update && Array.IndexOf(AggregationPipeline.UpdateStages, name) < 0)
        {
            ExpressionErrors.Throw(ErrorCodes.InvalidOptions, $"{name} is not allowed to be used within an update");
        }

        if (isOutput)
        {
            switch (nesting)
            {
                case PipelineNesting.Facet:
                    ExpressionErrors.Throw(40600, $"{name} is not allowed to be used within a $facet stage");
                    break;
                case PipelineNesting.Lookup:
                    ExpressionErrors.Throw(51047, $"{name} is not allowed within a $lookup's sub-pipeline");
                    break;
                case PipelineNesting.UnionWith:
                    ExpressionErrors.Throw(31441, $"{name} is not allowed within a $unionWith's sub-pipeline");
                    break;
            }

            if (index != count - 1)
            {
                ExpressionErrors.Throw(40601, $"{name} can only be the final stage in the pipeline");
            }
        }

        if (nesting == PipelineNesting.Facet && name is "$facet" or "$changeStream" or "$collStats" or "$indexStats" or "$geoNear" or "$documents" or "$search" or "$searchMeta")
        {
            ExpressionErrors.Throw(40600, $"{name} is not allowed to be used within a $facet stage");
        }

        if (name is "$documents" or "$changeStream" or "$collStats" or "$indexStats" or "$geoNear" or "$currentOp" && index != 0)
        {
            ExpressionErrors.Throw(40602, $"{name} is only valid as the first stage in a pipeline");
        }
    }
}
