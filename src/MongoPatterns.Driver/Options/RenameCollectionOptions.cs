namespace MongoPatterns.Driver;

/// <summary>Options of <c>RenameCollectionAsync</c>.</summary>
public sealed class RenameCollectionOptions
{
    /// <summary>Gets or sets whether an existing collection with the new name is dropped first.</summary>
    public bool? DropTarget { get; set; }
}
