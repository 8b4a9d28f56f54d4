using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Translates a predicate lambda (<c>x =&gt; x.Age &gt;= 18 &amp;&amp; x.Tags.Contains("vip")</c>) to a MongoDB query
/// document. <c>Filter.Where(x =&gt; ...)</c> is a thin wrapper over it.
/// </summary>
/// <remarks>
/// <para>
/// Every sub-tree that does not refer to the lambda's parameter is evaluated on the client first (captured variables,
/// fields, properties, method calls such as <c>DateTime.UtcNow.AddDays(-1)</c>). Values are always rendered as BSON
/// values through the compared member's serializer (a string id stored as ObjectId becomes an ObjectId, an enum stored
/// as a string becomes its name), never as query syntax: a string such as <c>"$gt"</c> stays a string, a document value
/// with <c>$</c> keys or a regular-expression value is wrapped in <c>$eq</c>, and text given to string methods is
/// escaped before it becomes a pattern.
/// </para>
/// <para>The documented subset (anything else throws <see cref="NotSupportedException"/> naming the expression):</para>
/// <list type="bullet">
/// <item><c>==, !=, &lt;, &lt;=, &gt;, &gt;=</c> between a member path and a value, on either side →
/// <c>{ f: v }</c>, <c>{ f: { $ne: v } }</c>, <c>$lt</c>, <c>$lte</c>, <c>$gt</c>, <c>$gte</c>; also
/// <c>Equals</c> (instance, <c>object.Equals</c>, <c>string.Equals</c>) and <c>x.Name.CompareTo(v) &gt; 0</c> /
/// <c>string.Compare(x.Name, v) &lt;= 0</c> (a comparison with 0; the server orders strings by their UTF-8 bytes, or
/// by the collection's collation, which is what <c>string.CompareOrdinal</c> does, not the culture-sensitive
/// <c>CompareTo</c>: <c>"a".CompareTo("B") &lt; 0</c> but <c>"a" &gt; "B"</c> on the server). <c>== null</c> → <c>{ f: null }</c> (also matches a
/// missing field), <c>!= null</c> → <c>{ f: { $ne: null } }</c>. Enums stored as strings cannot be ordered (their
/// names sort alphabetically), so <c>&lt;</c> and friends on them throw.</item>
/// <item><c>&amp;&amp;</c> → fields merged into one document when no key repeats, else <c>$and</c>;
/// <c>||</c> → <c>$or</c>; <c>!</c> → the negated operator (<c>$ne</c>, <c>$nin</c>, <c>$not</c>, flipped
/// <c>$exists</c>) or <c>$nor</c>.</item>
/// <item>Boolean members: <c>x.IsActive</c> → <c>{ isActive: true }</c>; <c>!x.IsActive</c> →
/// <c>{ isActive: { $ne: true } }</c> (so a missing field counts as false); <c>x.IsActive == false</c> →
/// <c>{ isActive: false }</c>. <c>x.Count.HasValue</c> → <c>{ count: { $ne: null } }</c>.</item>
/// <item>Strings: <c>StartsWith</c>, <c>EndsWith</c>, <c>Contains</c> (string or char; with a
/// <see cref="StringComparison"/> or <c>ignoreCase</c> flag) → an anchored, escaped regular expression
/// (<c>/^abc/</c>, <c>/abc\z/</c>, <c>/abc/</c>, option <c>i</c> when ignoring case);
/// <c>string.Equals(x.Name, v, StringComparison.OrdinalIgnoreCase)</c> → <c>/^v\z/i</c>;
/// <c>string.IsNullOrEmpty(x.Name)</c> → <c>{ name: { $in: [null, ""] } }</c>; <c>IsNullOrWhiteSpace</c> →
/// <c>{ name: { $in: [null, /^\s*\z/] } }</c>. <c>x.Name.ToLower() == "abc"</c> (also <c>ToUpper</c>,
/// <c>*Invariant</c>, and string methods called on them) → a case-insensitive regular expression
/// <c>/^abc\z/i</c>; when the value is not itself lower case (upper case for <c>ToUpper</c>) the comparison can never
/// hold and the filter matches nothing (<c>==</c>) or everything (<c>!=</c>).</item>
/// <item>Collections: <c>x.Tags.Contains("a")</c> → <c>{ tags: "a" }</c>; <c>ids.Contains(x.Id)</c> and
/// <c>new[] { ... }.Contains(x.Status)</c> → <c>{ _id: { $in: [...] } }</c>; <c>x.Tags.Any()</c> →
/// <c>{ tags: { $type: "array", $ne: [] } }</c> (<c>$type</c> keeps a stored <c>null</c> from matching);
/// <c>x.Items.Any(i =&gt; i.Qty &gt; 5 &amp;&amp; i.Sku == s)</c> → <c>{ items: { $elemMatch: { qty: { $gt: 5 }, sku: s } } }</c>,
/// over scalars <c>x.Scores.Any(s =&gt; s &gt; 5)</c> → <c>{ scores: { $elemMatch: { $gt: 5 } } }</c> (scalar conditions
/// can be combined with <c>&amp;&amp;</c> only); <c>Where(p).Any()</c> is <c>Any(p)</c>; <c>All(p)</c> →
/// <c>{ f: { $not: { $elemMatch: !p } } }</c> (true for an empty or missing array, as in .NET);
/// <c>values.Any(v =&gt; predicate(x, v))</c> over a client collection → an <c>$or</c> of the predicate per value.
/// <c>x.Attributes.ContainsKey("k")</c> → <c>{ "attributes.k": { $exists: true } }</c>.</item>
/// <item>Sizes: <c>Count</c>, <c>Count()</c>, <c>Length</c> of an array compared with a number: <c>== n</c> →
/// <c>{ f: { $size: n } }</c>, <c>!= n</c> → <c>{ f: { $not: { $size: n } } }</c>, <c>&gt; n</c> →
/// <c>{ "f.n": { $exists: true } }</c>, <c>&gt;= n</c> → <c>{ "f.(n-1)": { $exists: true } }</c>, <c>&lt; n</c> →
/// <c>{ "f.(n-1)": { $exists: false } }</c>, <c>&lt;= n</c> → <c>{ "f.n": { $exists: false } }</c> (index paths use the
/// array index and can use an index on the field; the <c>$exists: false</c> forms also match a missing field).</item>
/// <item>Constants: a predicate that does not depend on the document is evaluated: <c>{ }</c> when true,
/// <c>{ $nor: [ { } ] }</c> (matches nothing) when false; such parts of <c>&amp;&amp;</c> and <c>||</c> are simplified
/// away.</item>
/// </list>
/// <para>Field-to-field comparisons (<c>x.A == x.B</c>) need <c>$expr</c> and are not supported.</para>
/// </remarks>
internal static class FilterTranslator
{
    /// <summary>Translates a predicate to a query document.</summary>
    /// <typeparam name="TDocument">The document type.</typeparam>
    /// <param name="predicate">The predicate.</param>
    /// <param name="documentSerializer">The serializer of the documents (maps members to element names and renders values).</param>
    /// <param name="registry">The registry (for values the member serializers cannot write); the default when null.</param>
    /// <returns>The query document (a new instance the caller may change).</returns>
    /// <exception cref="NotSupportedException">A part of the predicate cannot be translated; the message names it.</exception>
    public static BsonDocument Translate<TDocument>(
        Expression<Func<TDocument, bool>> predicate,
        IBsonSerializer<TDocument> documentSerializer,
        BsonSerializerRegistry? registry = null) =>
        Translate((LambdaExpression)predicate, documentSerializer, registry);

    /// <summary>Translates a predicate of one parameter (the untyped form).</summary>
    /// <param name="predicate">The predicate; its body must be <see cref="bool"/>.</param>
    /// <param name="documentSerializer">The serializer of the documents (the parameter's type).</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The query document.</returns>
    /// <exception cref="NotSupportedException">A part of the predicate cannot be translated; the message names it.</exception>
    public static BsonDocument Translate(LambdaExpression predicate, IBsonSerializer documentSerializer, BsonSerializerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(documentSerializer);
        if (predicate.Parameters.Count != 1 || predicate.Body.Type != typeof(bool))
        {
            throw new ArgumentException("A filter lambda has exactly one parameter, the document, and returns bool.", nameof(predicate));
        }

        var resolver = FieldPathTranslator.CreateResolver(predicate.Parameters[0], documentSerializer, registry, allowPositional: false);
        return new FilterTranslation(resolver, isItemScope: false).Translate(predicate.Body);
    }
}
