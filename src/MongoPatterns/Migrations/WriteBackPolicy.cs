namespace MongoPatterns.Migrations;

/// <summary>What happens to a document that was upgraded while it was read.</summary>
public enum WriteBackPolicy
{
    /// <summary>Nothing: the stored document keeps its old version until the application replaces it (which stamps the current version) or a sweep migrates it.</summary>
    Never = 0,

    /// <summary>
    /// The upgraded document is written back right after the read, in the background, with a replacement guarded by the
    /// document as it was read: if anyone changed it in between, the write-back is skipped and their change stays.
    /// </summary>
    OnRead = 1,

    /// <summary>
    /// The upgraded document is remembered and written back (guarded the same way) just before the next partial update
    /// of that document through the repository, so the update applies to the current shape. Replacements stamp the
    /// current version anyway.
    /// </summary>
    OnNextWrite = 2,
}
