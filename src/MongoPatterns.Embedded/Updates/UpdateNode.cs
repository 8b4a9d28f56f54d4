using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>A node of a parsed update: an intermediate level of fields or a modifier applied at a path.</summary>
internal abstract class UpdateNode
{
    /// <summary>Applies the node to the value in <paramref name="slot"/>.</summary>
    /// <param name="context">The application state.</param>
    /// <param name="slot">Where the value lives.</param>
    /// <param name="existing">The current value, or <see langword="null"/> when missing.</param>
    public abstract void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing);

    /// <summary>Gets whether applying the node to a missing path would create it (false for <c>$unset</c>, <c>$pop</c>, <c>$pull</c>...).</summary>
    /// <param name="context">The application state.</param>
    /// <returns>Whether the node creates missing paths.</returns>
    public abstract bool AllowsCreation(UpdateContext context);
}
