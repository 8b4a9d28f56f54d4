using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Updates;

/// <summary><c>$set</c> and <c>$setOnInsert</c>: stores a value; setting the identical value (same type and bytes) is a no-op.</summary>
internal sealed class SetModifier : ModifierNode
{
    private readonly BsonValue _value;
    private readonly bool _onInsertOnly;

    /// <summary>Creates the modifier.</summary>
    /// <param name="value">The value.</param>
    /// <param name="onInsertOnly">Whether this is <c>$setOnInsert</c> (applies only to the insert of an upsert).</param>
    public SetModifier(BsonValue value, bool onInsertOnly)
        : base(onInsertOnly ? "$setOnInsert" : "$set")
    {
        _value = value;
        _onInsertOnly = onInsertOnly;
    }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => !_onInsertOnly || context.IsUpsertInsert;

    /// <inheritdoc/>
    public override void Apply(UpdateContext context, ElementSlot slot, BsonValue? existing)
    {
        if (!AllowsCreation(context) || (existing is not null && existing.Equals(_value)))
        {
            return;
        }

        slot.Set(_value.DeepClone());
    }
}
