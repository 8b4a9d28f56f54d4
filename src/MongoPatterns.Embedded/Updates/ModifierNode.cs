namespace MongoPatterns.Embedded.Updates;

/// <summary>A leaf of an update: one operator applied at one path.</summary>
internal abstract class ModifierNode : UpdateNode
{
    /// <summary>Creates the modifier.</summary>
    /// <param name="operatorName">The operator (<c>$set</c>, <c>$inc</c>...), used in messages.</param>
    protected ModifierNode(string operatorName) => OperatorName = operatorName;

    /// <summary>Gets the operator name.</summary>
    public string OperatorName { get; }

    /// <inheritdoc/>
    public override bool AllowsCreation(UpdateContext context) => true;
}
