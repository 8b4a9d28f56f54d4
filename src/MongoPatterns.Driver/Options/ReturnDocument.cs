namespace MongoPatterns.Driver;

/// <summary>Which version of the document a find-one-and-modify operation returns.</summary>
public enum ReturnDocument
{
    /// <summary>The document as it was before the change. The default.</summary>
    Before,

    /// <summary>The document as it is after the change.</summary>
    After,
}
