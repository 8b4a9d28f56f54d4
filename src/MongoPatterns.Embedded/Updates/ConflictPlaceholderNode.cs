using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary>Occupies the source path of a <c>$rename</c> so that other operators on it conflict; does nothing itself.</summary>
internal sealed class ConflictPlaceholderNode : UpdateNode
{
    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => false;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
    }
}
