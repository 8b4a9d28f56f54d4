using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$unset</c>: removes a field; an array element becomes null instead (positions never shift).</summary>
internal sealed class UnsetModifier : ModifierNode
{
    /// <summary>Creates the modifier.</summary>
    public UnsetModifier()
        : base("$unset")
    {
    }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => false;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (existing is not null)
        {
            slot.Remove();
        }
    }
}
