using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Bson.Serialization;

namespace MongoPatterns.Driver.Linq;

/// <summary>
/// Translates a projection lambda (<c>x =&gt; new { x.Name, x.Address.City }</c>, a record, a DTO, a computed value such
/// as <c>x.First + " " + x.Last</c>) to a projection document and a result serializer.
/// <c>Projection.Expression(x =&gt; ...)</c> is a thin wrapper over it.
/// </summary>
/// <remarks>
/// <para>
/// The approach: the projection document asks only for the fields the lambda reads (<c>{ name: 1, "address.city": 1,
/// _id: 0 }</c>; <c>_id</c> is included only when read; a path inside another read path is dropped, as MongoDB rejects
/// the collision). The result serializer reads each returned document into the source type through its class map
/// (members that were not returned keep their defaults, as missing elements always do) and runs the lambda on it. So
/// every .NET construct works in the lambda (anonymous types, records, constructors, method calls, conditionals), and
/// the server sends no more than needed.
/// </para>
/// <para>
/// Array items cannot be projected by index, so reading <c>x.Items[0].Sku</c> or <c>x.Tags.Count</c> projects the
/// whole array. A lambda that uses the document other than through mapped members (passing <c>x</c> to a method,
/// reading an unmapped computed property) gets whole documents (<see cref="TranslatedProjection{TResult}.Document"/> is
/// null). The lambda is compiled once per shape (see <see cref="CompiledLambdaCache"/>). The source type must be
/// readable from a partial document: a constructor that rejects default values for members that were not projected
/// fails.
/// </para>
/// </remarks>
internal static class ProjectionTranslator
{
    /// <summary>Translates a projection.</summary>
    /// <typeparam name="TSource">The document type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="projection">The projection lambda.</param>
    /// <param name="sourceSerializer">The serializer of the documents.</param>
    /// <param name="registry">The registry; the default when null.</param>
    /// <returns>The projection document and the result serializer.</returns>
    public static TranslatedProjection<TResult> Translate<TSource, TResult>(
        Expression<Func<TSource, TResult>> projection,
        IBsonSerializer<TSource> sourceSerializer,
        BsonSerializerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(sourceSerializer);
        var parameter = projection.Parameters[0];
        if (projection.Body == parameter && sourceSerializer is IBsonSerializer<TResult> identity)
        {
            return new TranslatedProjection<TResult>(null, identity);
        }

        var root = new TranslatedField(string.Empty, sourceSerializer, registry ?? BsonSerializerRegistry.Default);
        var collector = new ProjectedFieldCollector(parameter, root);
        collector.Visit(projection.Body);
        var document = collector.UsesWholeDocument ? null : CreateDocument(collector.Paths);
        var serializer = new ProjectionResultSerializer<TSource, TResult>(sourceSerializer, CompiledLambdaCache.GetOrCompile(projection));
        return new TranslatedProjection<TResult>(document, serializer);
    }

    private static BsonDocument CreateDocument(IReadOnlyList<string> paths)
    {
        var all = new HashSet<string>(paths, StringComparer.Ordinal);
        var document = new BsonDocument();
        var readsId = false;
        foreach (var path in paths)
        {
            if (IsInsideAnother(path, all))
            {
                continue;
            }

            document.Add(path, 1);
            readsId |= path == "_id";
        }

        if (!readsId && !all.Any(static path => path.StartsWith("_id.", StringComparison.Ordinal)))
        {
            document.Add("_id", 0);
        }

        return document;
    }

    private static bool IsInsideAnother(string path, HashSet<string> all)
    {
        for (var dot = path.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = path.IndexOf('.', dot + 1))
        {
            if (all.Contains(path[..dot]))
            {
                return true;
            }
        }

        return false;
    }
}
