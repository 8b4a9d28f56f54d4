using MongoPatterns.Bson;

namespace MongoPatterns.Embedded.Query;

/// <summary>
/// A test applied to one value produced by walking a path (MongoDB's <c>matchesSingleElement</c>). A missing value
/// is passed as <see langword="null"/>.
/// </summary>
internal abstract class ValuePredicate
{
    /// <summary>
    /// Gets a value indicating whether an array at the end of the path is also tested element by element (true for
    /// most operators; false for <c>$size</c> and <c>$elemMatch</c>, which look at the array itself).
    /// </summary>
    public virtual bool TraversesLeafArrays => true;

    /// <summary>Tests one value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when the path is missing.</param>
    /// <returns>Whether the value satisfies the predicate.</returns>
    public abstract bool Matches(BsonValue? value);

    /// <summary>Tests one value and reports which array element satisfied an element-wise predicate.</summary>
    /// <param name="value">The value, or <see langword="null"/> when the path is missing.</param>
    /// <param name="matchedElement">Receives the index of the matching element (<c>$elemMatch</c>); untouched otherwise.</param>
    /// <returns>Whether the value satisfies the predicate.</returns>
    public virtual bool Matches(BsonValue? value, ref int matchedElement) => Matches(value);
}
