using System.Text;
using MongoPatterns.Driver.Core.Servers;

namespace MongoPatterns.Driver.Core.Clusters;

/// <summary>An immutable snapshot of the deployment: its type, replica set name and server descriptions.</summary>
/// <param name="Type">The topology type.</param>
/// <param name="SetName">The replica set name, when known.</param>
/// <param name="Servers">The servers, in discovery order.</param>
internal sealed record ClusterDescription(ClusterType Type, string? SetName, IReadOnlyList<ServerDescription> Servers)
{
    /// <summary>Gets the first compatibility problem among the known servers, or <see langword="null"/>.</summary>
    public string? CompatibilityError => Servers.Select(server => server.CompatibilityError).FirstOrDefault(error => error is not null);

    /// <summary>Returns a summary listing every server and its last error, for timeout messages and logs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("{ type: ").Append(Type);
        if (SetName is not null)
        {
            text.Append(", setName: ").Append(SetName);
        }

        text.Append(", servers: [");
        text.AppendJoin(", ", Servers.Select(server => server.ToString()));
        return text.Append("] }").ToString();
    }
}
