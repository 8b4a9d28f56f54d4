using MongoPatterns.Bson;
using MongoPatterns.Embedded.Projection;
using MongoPatterns.Embedded.Query;
using MongoPatterns.Embedded.Tests.Query;

namespace MongoPatterns.Embedded.Tests.Projection;

public sealed class FindProjectionTests
{
    private const string Inventory =
        "{_id: 1, item: 'journal', status: 'A', size: {h: 14, w: 21, uom: 'cm'}, instock: [{warehouse: 'A', qty: 5}, {warehouse: 'C', qty: 15}]}";

    private static void AssertProjects(string projection, string document, string expected, string? filter = null)
    {
        var parsedFilter = filter is null ? null : Shell.Doc(filter);
        var parsed = FindProjection.Parse(Shell.Doc(projection), parsedFilter);
        MatchDetails? details = null;
        var source = Shell.Doc(document);
        if (parsedFilter is not null)
        {
            details = new MatchDetails();
            Assert.True(QueryFilter.Parse(parsedFilter).Matches(source, details));
        }

        var before = source.DeepClone();
        var result = parsed.Apply(source, details);
        TestSupport.AssertBsonEqual(Shell.Doc(expected), result);
        TestSupport.AssertBsonEqual(before, source);
    }

    [Theory]
    [InlineData("{}", Inventory)]
    [InlineData("{item: 1, status: 1}", "{_id: 1, item: 'journal', status: 'A'}")]
    [InlineData("{item: 1, status: 1, _id: 0}", "{item: 'journal', status: 'A'}")]
    [InlineData("{status: 0, instock: 0}", "{_id: 1, item: 'journal', size: {h: 14, w: 21, uom: 'cm'}}")]
    [InlineData("{item: 1, status: 1, 'size.uom': 1}", "{_id: 1, item: 'journal', status: 'A', size: {uom: 'cm'}}")]
    [InlineData("{item: 1, size: {uom: 1, h: 1}}", "{_id: 1, item: 'journal', size: {h: 14, uom: 'cm'}}")]
    [InlineData("{'size.uom': 0}", "{_id: 1, item: 'journal', status: 'A', size: {h: 14, w: 21}, instock: [{warehouse: 'A', qty: 5}, {warehouse: 'C', qty: 15}]}")]
    [InlineData("{item: 1, 'instock.qty': 1}", "{_id: 1, item: 'journal', instock: [{qty: 5}, {qty: 15}]}")]
    [InlineData("{item: 1, instock: {$slice: -1}}", "{_id: 1, item: 'journal', instock: [{warehouse: 'C', qty: 15}]}")]
    [InlineData("{_id: 0}", "{item: 'journal', status: 'A', size: {h: 14, w: 21, uom: 'cm'}, instock: [{warehouse: 'A', qty: 5}, {warehouse: 'C', qty: 15}]}")]
    [InlineData("{_id: 1}", "{_id: 1}")]
    [InlineData("{_id: 1, status: 0}", "{_id: 1, item: 'journal', size: {h: 14, w: 21, uom: 'cm'}, instock: [{warehouse: 'A', qty: 5}, {warehouse: 'C', qty: 15}]}")]
    [InlineData("{status: true, item: 2}", "{_id: 1, item: 'journal', status: 'A'}")]
    [InlineData("{status: false, size: 0, instock: NumberLong(0)}", "{_id: 1, item: 'journal'}")]
    [InlineData("{status: 1.5}", "{_id: 1, status: 'A'}")]
    [InlineData("{missing: 1}", "{_id: 1}")]
    [InlineData("{'size.uom': 1, size: {h: 1}}", "{_id: 1, size: {h: 14, uom: 'cm'}}")]
    public void Apply_InventoryExamples(string projection, string expected) => AssertProjects(projection, Inventory, expected);

    [Theory]
    // Inclusion keeps the document's field order, not the projection's.
    [InlineData("{a: 1, b: 1}", "{b: 1, a: 2, c: 3}", "{b: 1, a: 2}")]
    [InlineData("{a: 1, _id: 1}", "{a: 1, _id: 5}", "{a: 1, _id: 5}")]
    // Dotted inclusion through arrays drops scalars and keeps (possibly empty) documents and nested arrays.
    [InlineData("{'a.b': 1, _id: 0}", "{a: [1, {b: 1, c: 2}, [{b: 3}], {c: 4}]}", "{a: [{b: 1}, [{b: 3}], {}]}")]
    [InlineData("{'a.b': 1, _id: 0}", "{a: {c: 1}}", "{a: {}}")]
    [InlineData("{'a.b': 1, _id: 0}", "{a: 5}", "{}")]
    [InlineData("{'a.b.c': 1, _id: 0}", "{a: {b: {c: 1, d: 2}, e: 3}}", "{a: {b: {c: 1}}}")]
    // Exclusion through arrays keeps scalars.
    [InlineData("{'a.b': 0}", "{a: [1, {b: 1, c: 2}, [{b: 3, d: 4}]]}", "{a: [1, {c: 2}, [{d: 4}]]}")]
    [InlineData("{'a.b': 0}", "{a: 5}", "{a: 5}")]
    [InlineData("{a: 0, 'b.c': 0}", "{a: 1, b: {c: 1, d: 2}, e: 3}", "{b: {d: 2}, e: 3}")]
    public void Apply_PathsAndOrder(string projection, string document, string expected) => AssertProjects(projection, document, expected);

    [Theory]
    [InlineData("{a: {$slice: 2}}", "{_id: 1, a: [1, 2, 3], b: 1}", "{_id: 1, a: [1, 2], b: 1}")]
    [InlineData("{a: {$slice: -2}}", "{a: [1, 2, 3]}", "{a: [2, 3]}")]
    [InlineData("{a: {$slice: 5}}", "{a: [1, 2, 3]}", "{a: [1, 2, 3]}")]
    [InlineData("{a: {$slice: -5}}", "{a: [1, 2, 3]}", "{a: [1, 2, 3]}")]
    [InlineData("{a: {$slice: 0}}", "{a: [1, 2, 3]}", "{a: []}")]
    [InlineData("{a: {$slice: [1, 1]}}", "{a: [1, 2, 3]}", "{a: [2]}")]
    [InlineData("{a: {$slice: [-2, 1]}}", "{a: [1, 2, 3]}", "{a: [2]}")]
    [InlineData("{a: {$slice: [5, 1]}}", "{a: [1, 2, 3]}", "{a: []}")]
    [InlineData("{a: {$slice: [-5, 2]}}", "{a: [1, 2, 3]}", "{a: [1, 2]}")]
    [InlineData("{a: {$slice: [1, 5]}}", "{a: [1, 2, 3]}", "{a: [2, 3]}")]
    [InlineData("{a: {$slice: 1}}", "{a: 'text'}", "{a: 'text'}")]
    [InlineData("{a: {$slice: 1}, b: 1}", "{_id: 1, a: [1, 2], b: 1, c: 1}", "{_id: 1, a: [1], b: 1}")]
    [InlineData("{a: {$slice: 1}, _id: 1}", "{_id: 1, a: [1, 2], b: 1}", "{_id: 1, a: [1]}")]
    [InlineData("{a: {$slice: 1}, _id: 0}", "{_id: 1, a: [1, 2], b: 1}", "{a: [1], b: 1}")]
    [InlineData("{'a.b': {$slice: 1}}", "{a: [{b: [1, 2]}, {b: 3}, 4], c: 1}", "{a: [{b: [1]}, {b: 3}, 4], c: 1}")]
    [InlineData("{'a.b': {$slice: 1}, c: 1}", "{a: {b: [1, 2], x: 1}, c: 1}", "{a: {b: [1]}, c: 1}")]
    [InlineData("{a: 0, b: {$slice: 1}}", "{a: 1, b: [1, 2], c: 3}", "{b: [1], c: 3}")]
    public void Apply_Slice(string projection, string document, string expected) => AssertProjects(projection, document, expected);

    private const string Schools =
        "{_id: 1, zipcode: '63109', students: [{name: 'john', school: 102, age: 10}, {name: 'jess', school: 102, age: 11}, {name: 'jeff', school: 108, age: 15}]}";

    [Theory]
    [InlineData("{students: {$elemMatch: {school: 102}}}", "{_id: 1, students: [{name: 'john', school: 102, age: 10}]}")]
    [InlineData("{students: {$elemMatch: {school: 102, age: {$gt: 10}}}}", "{_id: 1, students: [{name: 'jess', school: 102, age: 11}]}")]
    [InlineData("{students: {$elemMatch: {school: 999}}}", "{_id: 1}")]
    [InlineData("{students: {$elemMatch: {school: 108}}, zipcode: 1}", "{_id: 1, zipcode: '63109', students: [{name: 'jeff', school: 108, age: 15}]}")]
    [InlineData("{students: {$elemMatch: {school: 108}}, _id: 0}", "{students: [{name: 'jeff', school: 108, age: 15}]}")]
    public void Apply_ElemMatch(string projection, string expected) => AssertProjects(projection, Schools, expected);

    [Fact]
    public void Apply_ElemMatchValueForm_ReturnsFirstMatchingElement() =>
        AssertProjects("{a: {$elemMatch: {$gt: 2}}}", "{_id: 7, a: [1, 3, 5]}", "{_id: 7, a: [3]}");

    [Fact]
    public void Apply_ElemMatchOnNonArray_OmitsField() =>
        AssertProjects("{a: {$elemMatch: {$gt: 2}}}", "{_id: 7, a: 3}", "{_id: 7}");

    [Theory]
    [InlineData("{grades: {$gte: 85}}", "{'grades.$': 1}", "{_id: 1, semester: 1, grades: [70, 87, 90]}", "{_id: 1, grades: [87]}")]
    [InlineData("{semester: 1, grades: {$gte: 85}}", "{'grades.$': 1, _id: 0}", "{_id: 1, semester: 1, grades: [70, 87, 90]}", "{grades: [87]}")]
    [InlineData("{'grades.grade': {$gte: 85}}", "{'grades.$': 1}", "{_id: 7, grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90}]}", "{_id: 7, grades: [{grade: 85, mean: 90}]}")]
    [InlineData("{'grades.grade': {$gte: 85}}", "{'grades.grade.$': 1}", "{_id: 7, grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90}]}", "{_id: 7, grades: [{grade: 85}]}")]
    [InlineData("{grades: {$elemMatch: {mean: {$gt: 80}}}}", "{'grades.$': 1}", "{_id: 7, grades: [{grade: 80, mean: 75}, {grade: 85, mean: 90}]}", "{_id: 7, grades: [{grade: 85, mean: 90}]}")]
    [InlineData("{a: 1}", "{'a.$': 1}", "{_id: 1, a: 1, b: 2}", "{_id: 1, a: 1}")]
    [InlineData("{'a.b': 2}", "{'a.$.c': 1}", "{_id: 1, a: [{b: 1, c: 1}, {b: 2, c: 2}]}", "{_id: 1, a: [{b: 2, c: 2}]}")]
    public void Apply_Positional(string filter, string projection, string document, string expected) =>
        AssertProjects(projection, document, expected, filter);

    [Fact]
    public void Apply_PositionalWithoutMatchedElement_Throws51246()
    {
        var projection = FindProjection.Parse(Shell.Doc("{'a.$': 1}"), Shell.Doc("{a: {$size: 2}}"));
        var document = Shell.Doc("{a: [1, 2]}");
        var details = new MatchDetails();
        Assert.True(QueryFilter.Parse(Shell.Doc("{a: {$size: 2}}")).Matches(document, details));
        Assert.Equal(51246, TestSupport.Throws(() => projection.Apply(document, details)).Code);
        Assert.True(projection.HasPositional);
    }

    [Fact]
    public void Apply_TextScore_AppendsScore()
    {
        var projection = FindProjection.Parse(Shell.Doc("{score: {$meta: 'textScore'}}"));
        Assert.True(projection.NeedsTextScore);
        Assert.False(projection.IsInclusion);
        var result = projection.Apply(Shell.Doc("{_id: 1, a: 2}"), new MatchDetails { TextScore = 1.5 });
        TestSupport.AssertBsonEqual(Shell.Doc("{_id: 1, a: 2, score: 1.5}"), result);
    }

    [Fact]
    public void Apply_TextScoreInInclusion_AppendsAfterIncludedFields()
    {
        var projection = FindProjection.Parse(Shell.Doc("{score: {$meta: 'textScore'}, a: 1}"));
        var result = projection.Apply(Shell.Doc("{_id: 1, a: 2, b: 3}"), new MatchDetails { TextScore = 0.75 });
        TestSupport.AssertBsonEqual(Shell.Doc("{_id: 1, a: 2, score: 0.75}"), result);
    }

    [Fact]
    public void Apply_TextScoreWithoutScore_Throws40218() =>
        Assert.Equal(40218, TestSupport.Throws(() => FindProjection.Parse(Shell.Doc("{s: {$meta: 'textScore'}}")).Apply(Shell.Doc("{a: 1}"), null)).Code);

    [Theory]
    [InlineData("{a: 1, b: 0}", 31254, "Cannot do exclusion on field b in inclusion projection")]
    [InlineData("{a: 0, b: 1}", 31253, "Cannot do inclusion on field b in exclusion projection")]
    [InlineData("{a: 0, b: {$toUpper: '$x'}}", 31252, "Cannot use expression other than $meta in exclusion projection")]
    [InlineData("{a: 1, 'a.b': 1}", 31249, "Path collision at a.b remaining portion b")]
    [InlineData("{'a.b': 1, a: 1}", 31250, "Path collision at a")]
    [InlineData("{a: 0, 'a.b': 0}", 31249, "Path collision at a.b remaining portion b")]
    [InlineData("{'a.b': 1, a: {b: 1}}", 31250, "Path collision at b")]
    [InlineData("{a: {}}", 51270, "An empty sub-projection is not a valid value")]
    [InlineData("{'': 1}", 40352, "FieldPath cannot be constructed with empty string")]
    [InlineData("{'a..b': 1}", 15998, "FieldPath field names may not be empty strings.")]
    [InlineData("{$a: 1}", 16410, "FieldPath field names may not start with '$'")]
    [InlineData("{'a.$': 0}", 16410, "FieldPath field names may not start with '$'")]
    [InlineData("{a: {$slice: [1]}}", 31272, "$slice array argument should be of form [skip, limit]")]
    [InlineData("{a: {$slice: 'x'}}", 31273, "$slice only supports numbers and [skip, limit] arrays")]
    [InlineData("{a: {$elemMatch: 1}}", 31274, "elemMatch: Invalid argument, object required")]
    [InlineData("{'a.b': {$elemMatch: {x: 1}}}", 31275, "Cannot use $elemMatch projection on a nested field.")]
    [InlineData("{a: {b: {$elemMatch: {x: 1}}}}", 31275, "Cannot use $elemMatch projection on a nested field.")]
    [InlineData("{'a.$': 1, b: {$elemMatch: {x: 1}}}", 31255, "Cannot specify positional operator and $elemMatch.")]
    [InlineData("{b: {$elemMatch: {x: 1}}, 'a.$': 1}", 31256, "Cannot specify positional operator and $elemMatch.")]
    [InlineData("{'a.$': 1, 'b.$': 1}", 31276, "Cannot specify more than one positional projection per query.")]
    [InlineData("{'a.$': {$slice: 1}}", 31271, "positional projection cannot be used with an expression or sub object")]
    [InlineData("{'a.$': 'x'}", 31308, "positional projection cannot be used with a literal")]
    [InlineData("{'a.$.': 1}", 31270, "Path cannot end with '.$.'")]
    [InlineData("{'a.$.$': 1}", 31287, "Cannot use positional operator twice: a.$.$")]
    public void Parse_Invalid_ThrowsMongoError(string projection, int code, string message)
    {
        var error = TestSupport.Throws(() => FindProjection.Parse(Shell.Doc(projection), Shell.Doc("{a: 1, b: 1}")));
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PositionalNotInFilter_Throws31277()
    {
        var error = TestSupport.Throws(() => FindProjection.Parse(Shell.Doc("{'a.$': 1}"), Shell.Doc("{b: 1}")));
        Assert.Equal(31277, error.Code);
        Assert.Equal("Positional projection 'a.$' does not match the query document.", error.Message);
    }

    [Fact]
    public void Parse_PositionalFieldUnderLogicalOperator_IsAccepted() =>
        FindProjection.Parse(Shell.Doc("{'a.$': 1}"), Shell.Doc("{$and: [{x: 1}, {'a.b': 1}]}"));

    [Fact]
    public void Apply_ReturnsNewDocumentEachTime()
    {
        var projection = FindProjection.Parse(new BsonDocument());
        var source = Shell.Doc("{a: 1}");
        var first = projection.Apply(source, null);
        Assert.NotSame(source, first);
        Assert.NotSame(first, projection.Apply(source, null));
    }

    [SkippableTheory]
    [InlineData("{a: 1, b: '$x'}", "{_id: 1, x: 5, a: 2}", "{_id: 1, a: 2, b: 5}")]
    [InlineData("{a: {$literal: 1}, _id: 0}", "{a: 9}", "{a: 1}")]
    [InlineData("{c: 'constant', _id: 0}", "{a: 9}", "{c: 'constant'}")]
    [InlineData("{'x.y': '$a', _id: 0}", "{a: 9}", "{x: {y: 9}}")]
    [InlineData("{'x.y': '$a', _id: 0}", "{a: 9, x: [{z: 1}, 2]}", "{x: [{y: 9}]}")]
    [InlineData("{b: '$missing', _id: 0}", "{a: 9}", "{}")]
    public void Apply_Expressions(string projection, string document, string expected)
    {
        Skip.IfNot(TestSupport.ExpressionsAvailable, "the aggregation expression engine is not merged yet");
        AssertProjects(projection, document, expected);
    }
}
