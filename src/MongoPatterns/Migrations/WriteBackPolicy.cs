namespace MongoPatterns.Migrations;

/// <summary>What happens in storage to a document that was upgraded while it was read.</summary>
public enum WriteBackPolicy
{
    /// <summary>
    /// Nothing: reads never write. Stored documents keep their version until the application replaces them (every
    /// whole-document write stamps the current version) or a sweep (<see cref="IMigrationRunner.MigrateAsync{T}"/>)
    /// migrates them. For read-only replicas or when all migration must go through sweeps.
    /// </summary>
    Never = 0,

    /// <summary>
    /// The upgraded document is written back right after the read, in the background, with a replacement guarded by the
    /// document exactly as it was read: if anyone changed it in between (or the read was a projection), the write-back is
    /// skipped and their change stays.
    /// </summary>
    OnRead = 1,

    /// <summary>
    /// Reads do not write; the upgrade is persisted by the next whole-document write of the entity (insert, replace,
    /// upsert), which stamps the current version. Partial updates (<c>$set</c>, <c>$inc</c>) of a document not yet
    /// upgraded leave its old version in place, so the next read upgrades it again.
    /// </summary>
    OnNextWrite = 2,
}
