using MongoPatterns.Bson;

namespace MongoPatterns.Samples.Tour.Model;

/// <summary>An audit trail entry. Lives in the <c>logs</c> database, which can sit on a cheaper cluster.</summary>
internal sealed class AuditLogEntry
{
    public ObjectId Id { get; set; }

    public string Action { get; set; } = string.Empty;

    public string? UserId { get; set; }

    public DateTime At { get; set; }
}
