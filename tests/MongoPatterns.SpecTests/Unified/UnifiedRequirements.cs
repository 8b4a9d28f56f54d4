using MongoPatterns.Bson;

namespace MongoPatterns.SpecTests.Unified;

/// <summary>Evaluates <c>runOnRequirements</c> (one satisfied requirement is enough) against a server description.</summary>
internal static class UnifiedRequirements
{
    /// <summary>Returns why none of the requirements is met, or <see langword="null"/> when one is (or there are none).</summary>
    /// <param name="requirements">The <c>runOnRequirements</c> array, or <see langword="null"/>.</param>
    /// <param name="server">The server the test would run against.</param>
    public static string? Unmet(BsonValue? requirements, UnifiedServerDescription server)
    {
        if (requirements is not BsonArray { Count: > 0 } list)
        {
            return null;
        }

        var reasons = new List<string>();
        foreach (var requirement in list)
        {
            var reason = UnmetOne(requirement.AsBsonDocument, server);
            if (reason is null)
            {
                return null;
            }

            reasons.Add(reason);
        }

        return string.Join(" or ", reasons);
    }

    private static string? UnmetOne(BsonDocument requirement, UnifiedServerDescription server)
    {
        var unmet = new List<string>();
        foreach (var element in requirement)
        {
            switch (element.Name)
            {
                case "minServerVersion" when UnifiedServerVersion.Compare(server.Version, element.Value.AsString) < 0:
                    unmet.Add($"server >= {element.Value.AsString}");
                    break;
                case "maxServerVersion" when UnifiedServerVersion.Compare(server.Version, element.Value.AsString) > 0:
                    unmet.Add($"server <= {element.Value.AsString}");
                    break;
                case "minServerVersion" or "maxServerVersion":
                    break;
                case "topologies":
                    var topologies = element.Value.AsBsonArray.Select(t => t.AsString).ToList();
                    if (!topologies.Contains(server.Topology) && !(server.Topology == "sharded" && topologies.Contains("sharded-replicaset")))
                    {
                        unmet.Add($"topology {string.Join("/", topologies)}");
                    }

                    break;
                case "serverless":
                    if (element.Value.AsString == "require")
                    {
                        unmet.Add("Atlas Serverless");
                    }

                    break;
                case "auth":
                    if (element.Value.ToBoolean() != server.AuthEnabled)
                    {
                        unmet.Add(element.Value.ToBoolean() ? "authentication enabled" : "authentication disabled");
                    }

                    break;
                case "authMechanism":
                    unmet.Add($"authentication mechanism {element.Value.AsString}");
                    break;
                case "csfle":
                    if (element.Value.ToBoolean())
                    {
                        unmet.Add("client-side field level encryption");
                    }

                    break;
                case "serverParameters":
                    foreach (var parameter in element.Value.AsBsonDocument)
                    {
                        if (!server.Parameters.TryGetValue(parameter.Name, out var actual) || !UnifiedValueMatcher.ScalarsEqual(parameter.Value, actual))
                        {
                            unmet.Add($"server parameter {parameter.Name}: {parameter.Value}");
                        }
                    }

                    break;
                default:
                    throw new NotSupportedException($"Unknown runOnRequirement field '{element.Name}'.");
            }
        }

        return unmet.Count == 0 ? null : string.Join(", ", unmet);
    }
}
