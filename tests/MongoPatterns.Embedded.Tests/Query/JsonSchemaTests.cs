using MongoPatterns.Embedded.Query;

namespace MongoPatterns.Embedded.Tests.Query;

public sealed class JsonSchemaTests
{
    private const string Student = """
        {$jsonSchema: {
            bsonType: 'object',
            required: ['name', 'year'],
            properties: {
                name: {bsonType: 'string', description: 'must be a string'},
                year: {bsonType: 'int', minimum: 2017, maximum: 3017},
                gpa: {bsonType: ['double', 'int']},
                major: {enum: ['Math', 'English', null]},
                address: {bsonType: 'object', required: ['city'], properties: {city: {bsonType: 'string'}}}
            }
        }}
        """;

    [Theory]
    [InlineData("{name: 'Ann', year: 2019}", true)]
    [InlineData("{name: 'Ann', year: 2019, gpa: 3.5, major: 'Math'}", true)]
    [InlineData("{name: 'Ann', year: 2019, major: null}", true)]
    [InlineData("{name: 'Ann'}", false)]
    [InlineData("{name: 5, year: 2019}", false)]
    [InlineData("{name: 'Ann', year: 2019.0}", false)]
    [InlineData("{name: 'Ann', year: 2000}", false)]
    [InlineData("{name: 'Ann', year: 2019, gpa: 'A'}", false)]
    [InlineData("{name: 'Ann', year: 2019, major: 'Art'}", false)]
    [InlineData("{name: 'Ann', year: 2019, address: {city: 'Oslo'}}", true)]
    [InlineData("{name: 'Ann', year: 2019, address: {zip: 1}}", false)]
    [InlineData("{name: 'Ann', year: 2019, address: 'Oslo'}", false)]
    public void Validate_StudentSchema(string document, bool expected) =>
        Assert.Equal(expected, TestSupport.Matches(Student, document));

    [Theory]
    [InlineData("{a: {type: 'string', minLength: 2, maxLength: 3}}", "{a: 'ab'}", true)]
    [InlineData("{a: {type: 'string', minLength: 2, maxLength: 3}}", "{a: 'abcd'}", false)]
    [InlineData("{a: {type: 'string', minLength: 2}}", "{a: 'é'}", false)]
    [InlineData("{a: {minLength: 2}}", "{a: 5}", true)]
    [InlineData("{a: {pattern: '^x'}}", "{a: 'xy'}", true)]
    [InlineData("{a: {pattern: '^x'}}", "{a: 'yx'}", false)]
    [InlineData("{a: {type: 'number', minimum: 1, exclusiveMinimum: true}}", "{a: 1}", false)]
    [InlineData("{a: {type: 'number', minimum: 1, exclusiveMinimum: true}}", "{a: 1.5}", true)]
    [InlineData("{a: {maximum: 10, exclusiveMaximum: true}}", "{a: 10}", false)]
    [InlineData("{a: {maximum: 10}}", "{a: NumberLong(10)}", true)]
    [InlineData("{a: {multipleOf: 3}}", "{a: 9}", true)]
    [InlineData("{a: {multipleOf: 3}}", "{a: 10}", false)]
    [InlineData("{a: {multipleOf: 0.5}}", "{a: 2.5}", true)]
    [InlineData("{a: {type: 'array', minItems: 1, maxItems: 2}}", "{a: []}", false)]
    [InlineData("{a: {type: 'array', minItems: 1, maxItems: 2}}", "{a: [1, 2]}", true)]
    [InlineData("{a: {items: {bsonType: 'int'}}}", "{a: [1, 2]}", true)]
    [InlineData("{a: {items: {bsonType: 'int'}}}", "{a: [1, 'x']}", false)]
    [InlineData("{a: {items: [{bsonType: 'int'}, {bsonType: 'string'}]}}", "{a: [1, 'x', true]}", true)]
    [InlineData("{a: {items: [{bsonType: 'int'}], additionalItems: false}}", "{a: [1, 2]}", false)]
    [InlineData("{a: {items: [{bsonType: 'int'}], additionalItems: {bsonType: 'string'}}}", "{a: [1, 'x']}", true)]
    [InlineData("{a: {uniqueItems: true}}", "{a: [1, 2, 1.0]}", false)]
    [InlineData("{a: {uniqueItems: true}}", "{a: [{x: 1, y: 2}, {y: 2, x: 1}]}", false)]
    [InlineData("{a: {uniqueItems: true}}", "{a: [1, 2]}", true)]
    [InlineData("{a: {enum: [{x: 1, y: 2}]}}", "{a: {y: 2, x: 1}}", true)]
    [InlineData("{a: {type: ['string', 'null']}}", "{a: null}", true)]
    [InlineData("{a: {type: 'object', minProperties: 1}}", "{a: {}}", false)]
    [InlineData("{a: {maxProperties: 1}}", "{a: {x: 1, y: 2}}", false)]
    [InlineData("{a: {anyOf: [{type: 'string'}, {type: 'number'}]}}", "{a: 1}", true)]
    [InlineData("{a: {anyOf: [{type: 'string'}, {type: 'number'}]}}", "{a: true}", false)]
    [InlineData("{a: {allOf: [{minimum: 1}, {maximum: 5}]}}", "{a: 6}", false)]
    [InlineData("{a: {oneOf: [{minimum: 1}, {maximum: 5}]}}", "{a: 3}", false)]
    [InlineData("{a: {oneOf: [{minimum: 1}, {maximum: 5}]}}", "{a: 7}", true)]
    [InlineData("{a: {not: {type: 'string'}}}", "{a: 1}", true)]
    [InlineData("{a: {not: {type: 'string'}}}", "{a: 'x'}", false)]
    [InlineData("{a: {bsonType: 'number'}}", "{a: NumberDecimal('1')}", true)]
    public void Validate_Keywords(string properties, string document, bool expected) =>
        Assert.Equal(expected, TestSupport.Matches($"{{$jsonSchema: {{properties: {properties}}}}}", document));

    [Theory]
    [InlineData("{properties: {a: {}}, additionalProperties: false}", "{a: 1}", true)]
    [InlineData("{properties: {a: {}}, additionalProperties: false}", "{a: 1, b: 2}", false)]
    [InlineData("{properties: {a: {}}, additionalProperties: {bsonType: 'int'}}", "{a: 'x', b: 2}", true)]
    [InlineData("{patternProperties: {'^x': {bsonType: 'int'}}}", "{xa: 'no'}", false)]
    [InlineData("{patternProperties: {'^x': {bsonType: 'int'}}, additionalProperties: false}", "{xa: 1}", true)]
    [InlineData("{dependencies: {a: ['b']}}", "{a: 1}", false)]
    [InlineData("{dependencies: {a: ['b']}}", "{a: 1, b: 1}", true)]
    [InlineData("{dependencies: {a: {required: ['c']}}}", "{a: 1}", false)]
    [InlineData("{dependencies: {a: {required: ['c']}}}", "{b: 1}", true)]
    [InlineData("{bsonType: 'array'}", "{a: 1}", false)]
    [InlineData("{title: 't', description: 'd'}", "{a: 1}", true)]
    [InlineData("{properties: {'a.b': {bsonType: 'int'}}}", "{a: {b: 'x'}}", true)]
    [InlineData("{properties: {a: {bsonType: 'int'}}}", "{a: [1]}", false)]
    public void Validate_ObjectKeywords(string schema, string document, bool expected) =>
        Assert.Equal(expected, TestSupport.Matches($"{{$jsonSchema: {schema}}}", document));

    [Theory]
    [InlineData("{foo: 1}", 9)]
    [InlineData("{$ref: '#'}", 9)]
    [InlineData("{format: 'email'}", 9)]
    [InlineData("{type: 'integer'}", 9)]
    [InlineData("{type: 'string', bsonType: 'string'}", 9)]
    [InlineData("{bsonType: 'foo'}", 2)]
    [InlineData("{type: 5}", 14)]
    [InlineData("{required: 'a'}", 14)]
    [InlineData("{required: []}", 9)]
    [InlineData("{required: ['a', 'a']}", 9)]
    [InlineData("{required: [1]}", 14)]
    [InlineData("{properties: 1}", 14)]
    [InlineData("{properties: {a: 1}}", 14)]
    [InlineData("{minimum: 'x'}", 14)]
    [InlineData("{exclusiveMinimum: true}", 9)]
    [InlineData("{minLength: -1}", 9)]
    [InlineData("{minLength: 1.5}", 9)]
    [InlineData("{enum: []}", 9)]
    [InlineData("{enum: 1}", 14)]
    [InlineData("{anyOf: []}", 9)]
    [InlineData("{anyOf: [1]}", 14)]
    [InlineData("{items: 1}", 14)]
    [InlineData("{additionalProperties: 1}", 14)]
    [InlineData("{multipleOf: 0}", 9)]
    [InlineData("{description: 1}", 14)]
    public void Parse_InvalidSchema_ThrowsMongoError(string schema, int code) =>
        Assert.Equal(code, TestSupport.Throws(() => QueryFilter.Parse(Shell.Doc($"{{$jsonSchema: {schema}}}"))).Code);
}
