using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using MongoPatterns.Bson;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class FilterTranslatorTests
{
    private const string CustomerId = "5f1e0c9a2b3c4d5e6f708192";
    private static readonly Dictionary<string, (Expression<Func<Customer, bool>> Predicate, string Expected)> s_cases = CreateCases();

    public static TheoryData<string> CaseNames => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Translate_SupportedForm_RendersExpectedQuery(string name)
    {
        var (predicate, expected) = s_cases[name];

        var filter = FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry);

        TranslationAssert.Equal(expected, filter);
    }

    [SuppressMessage("Globalization", "CA1304", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Globalization", "CA1309", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Globalization", "CA1310", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Performance", "CA1862", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Performance", "CA1865", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    [SuppressMessage("Performance", "CA1866", Justification = "The lambdas are translated to MongoDB queries, never run; the string overloads they call are what is under test.")]
    private static Dictionary<string, (Expression<Func<Customer, bool>>, string)> CreateCases()
    {
        var cases = new Dictionary<string, (Expression<Func<Customer, bool>>, string)>();
        void Add(string name, Expression<Func<Customer, bool>> predicate, string expected) => cases.Add(name, (predicate, expected));

        // Comparisons, on either side, with values rendered by the member's serializer.
        Add("equal", x => x.Name == "Ann", """{ "name": "Ann" }""");
        Add("equal, value on the left", x => "Ann" == x.Name, """{ "name": "Ann" }""");
        Add("not equal", x => x.Name != "Ann", """{ "name": { "$ne": "Ann" } }""");
        Add("less than", x => x.Age < 18, """{ "age": { "$lt": 18 } }""");
        Add("less than or equal", x => x.Age <= 18, """{ "age": { "$lte": 18 } }""");
        Add("greater than", x => x.Age > 18, """{ "age": { "$gt": 18 } }""");
        Add("greater than or equal", x => x.Age >= 18, """{ "age": { "$gte": 18 } }""");
        Add("mirrored less than", x => 18 < x.Age, """{ "age": { "$gt": 18 } }""");
        Add("mirrored greater than or equal", x => 18 >= x.Age, """{ "age": { "$lte": 18 } }""");
        Add("element name from attribute", x => x.Email == "a@b.c", """{ "mail": "a@b.c" }""");
        Add("nested member", x => x.Address.City == "Oslo", """{ "address.city": "Oslo" }""");
        Add("nested member with element name", x => x.Address.PostalCode == "0150", """{ "address.zip": "0150" }""");
        Add("nested struct through Nullable.Value", x => x.Address.Location!.Value.Latitude > 59.5, """{ "address.location.latitude": { "$gt": 59.5 } }""");
        Add("int member against a long value", x => x.Age > 5L, """{ "age": { "$gt": 5 } }""");
        Add("int member against a fractional double", x => x.Age > 5.5, """{ "age": { "$gt": 5.5 } }""");
        Add("long member", x => x.Visits >= 10, """{ "visits": { "$gte": { "$numberLong": "10" } } }""");
        Add("double member", x => x.Rating < 4.5, """{ "rating": { "$lt": 4.5 } }""");
        Add("decimal member", x => x.Balance > 10.25m, """{ "balance": { "$gt": { "$numberDecimal": "10.25" } } }""");
        Add("char member", x => x.Initial == 'A', """{ "initial": 65 }""");
        Add("string id stored as ObjectId", x => x.Id == CustomerId, """{ "_id": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } }""");
        Add("ObjectId member", x => x.ManagerId == ObjectId.Parse(CustomerId), """{ "managerId": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } }""");
        Add("date", x => x.CreatedAt >= new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), """{ "createdAt": { "$gte": { "$date": "2024-01-02T03:04:05Z" } } }""");
        Add("nullable int with value", x => x.Score == 7, """{ "score": 7 }""");
        Add("nullable int Value", x => x.Score!.Value > 7, """{ "score": { "$gt": 7 } }""");
        Add("nullable date", x => x.DeletedAt < new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), """{ "deletedAt": { "$lt": { "$date": "2024-01-01T00:00:00Z" } } }""");
        Add("cast member", x => (long)x.Age == 3, """{ "age": 3 }""");
        Add("BsonDocument member by key", x => x.Extra!["color"] == "red", """{ "extra.color": "red" }""");
        Add("dictionary entry", x => x.Attributes["color"] == "red", """{ "attributes.color": "red" }""");
        Add("array item by index", x => x.Tags[0] == "vip", """{ "tags.0": "vip" }""");
        Add("array item member by index", x => x.Lines[1].Sku == "A-1", """{ "lines.1.sku": "A-1" }""");
        Add("array item by ElementAt", x => x.Lines.ElementAt(2).Quantity > 1, """{ "lines.2.quantity": { "$gt": 1 } }""");
        Add("array item by First", x => x.Lines.First().Sku == "A-1", """{ "lines.0.sku": "A-1" }""");
        Add("CLR array item", x => x.Scores[3] == 10, """{ "scores.3": 10 }""");
        Add("whole array", x => x.Tags == new List<string> { "a", "b" }, """{ "tags": ["a", "b"] }""");
        Add("Equals instance", x => x.Name.Equals("Ann"), """{ "name": "Ann" }""");
        Add("Equals on an int", x => x.Age.Equals(3), """{ "age": 3 }""");
        Add("object.Equals", x => Equals(x.Age, 3), """{ "age": 3 }""");
        Add("string.Equals", x => string.Equals(x.Name, "Ann"), """{ "name": "Ann" }""");
        Add("CompareTo greater than", x => x.Name.CompareTo("M") > 0, """{ "name": { "$gt": "M" } }""");
        Add("string.Compare less than or equal", x => string.Compare(x.Name, "M") <= 0, """{ "name": { "$lte": "M" } }""");
        Add("string.CompareOrdinal mirrored", x => 0 < string.CompareOrdinal("M", x.Name), """{ "name": { "$lt": "M" } }""");

        // Null checks.
        Add("null", x => x.Email == null, """{ "mail": null }""");
        Add("not null", x => x.Email != null, """{ "mail": { "$ne": null } }""");
        Add("null on the left", x => null != x.Email, """{ "mail": { "$ne": null } }""");
        Add("nullable int null", x => x.Score == null, """{ "score": null }""");
        Add("nested document null", x => x.BillingAddress == null, """{ "billingAddress": null }""");
        Add("HasValue", x => x.Score.HasValue, """{ "score": { "$ne": null } }""");
        Add("not HasValue", x => !x.Score.HasValue, """{ "score": null }""");
        Add("HasValue == false", x => x.DeletedAt.HasValue == false, """{ "deletedAt": null }""");

        // Enums: through the member's serializer.
        Add("enum stored as string", x => x.Status == CustomerStatus.Active, """{ "status": "Active" }""");
        Add("enum stored as string, not equal", x => x.Status != CustomerStatus.Suspended, """{ "status": { "$ne": "Suspended" } }""");
        Add("nullable enum stored as string", x => x.PreviousStatus == CustomerStatus.Pending, """{ "previousStatus": "Pending" }""");
        Add("nullable enum null", x => x.PreviousStatus == null, """{ "previousStatus": null }""");
        Add("enum stored as number", x => x.Level == CustomerLevel.Gold, """{ "level": 3 }""");
        Add("enum stored as number, ordered", x => x.Level >= CustomerLevel.Silver, """{ "level": { "$gte": 2 } }""");
        Add("enum Equals", x => x.Status.Equals(CustomerStatus.Active), """{ "status": "Active" }""");

        // Booleans.
        Add("boolean member", x => x.IsActive, """{ "isActive": true }""");
        Add("negated boolean member", x => !x.IsActive, """{ "isActive": { "$ne": true } }""");
        Add("boolean member == false", x => x.IsActive == false, """{ "isActive": false }""");
        Add("boolean member != true", x => x.IsActive != true, """{ "isActive": { "$ne": true } }""");
        Add("nullable boolean == true", x => x.IsVerified == true, """{ "isVerified": true }""");
        Add("nullable boolean Value", x => x.IsVerified!.Value, """{ "isVerified": true }""");
        Add("condition == false", x => x.Name.StartsWith("A") == false, """{ "name": { "$not": { "$regularExpression": { "pattern": "^A", "options": "" } } } }""");
        Add("condition == true", x => x.Tags.Any() == true, """{ "tags": { "$type": "array", "$ne": [] } }""");

        // Logic.
        Add("and merged", x => x.Age > 18 && x.IsActive, """{ "age": { "$gt": 18 }, "isActive": true }""");
        Add("and range merged", x => x.Age > 18 && x.Age < 65, """{ "age": { "$gt": 18, "$lt": 65 } }""");
        Add("and with repeated key", x => x.Name != "a" && x.Name != "b", """{ "$and": [{ "name": { "$ne": "a" } }, { "name": { "$ne": "b" } }] }""");
        Add("and flattened", x => x.Age > 1 && (x.Name == "a" && x.Age < 9) && x.IsActive, """{ "age": { "$gt": 1, "$lt": 9 }, "name": "a", "isActive": true }""");
        Add("non-short-circuit and", x => x.IsActive & x.Age == 3, """{ "isActive": true, "age": 3 }""");
        Add("or", x => x.Name == "a" || x.Name == "b", """{ "$or": [{ "name": "a" }, { "name": "b" }] }""");
        Add("or flattened", x => x.Name == "a" || x.Name == "b" || x.Age == 3, """{ "$or": [{ "name": "a" }, { "name": "b" }, { "age": 3 }] }""");
        Add("and of ors", x => (x.Name == "a" || x.Name == "b") && (x.Age == 1 || x.Age == 2),
            """{ "$and": [{ "$or": [{ "name": "a" }, { "name": "b" }] }, { "$or": [{ "age": 1 }, { "age": 2 }] }] }""");
        Add("not of comparison", x => !(x.Age > 18), """{ "age": { "$not": { "$gt": 18 } } }""");
        Add("not of equality", x => !(x.Name == "a"), """{ "name": { "$ne": "a" } }""");
        Add("not of not equal", x => !(x.Name != "a"), """{ "name": "a" }""");
        Add("not of and", x => !(x.Age > 18 && x.IsActive), """{ "$nor": [{ "age": { "$gt": 18 }, "isActive": true }] }""");
        Add("not of or", x => !(x.Name == "a" || x.Age == 3), """{ "$nor": [{ "name": "a" }, { "age": 3 }] }""");
        Add("double negation", x => !!(x.Name == "a" || x.Age == 3), """{ "$or": [{ "name": "a" }, { "age": 3 }] }""");
        Add("not of range", x => !(x.Age > 18 && x.Age < 65), """{ "age": { "$not": { "$gt": 18, "$lt": 65 } } }""");

        // Strings.
        Add("StartsWith", x => x.Name.StartsWith("Jo"), """{ "name": { "$regularExpression": { "pattern": "^Jo", "options": "" } } }""");
        Add("EndsWith", x => x.Name.EndsWith("son"), """{ "name": { "$regularExpression": { "pattern": "son\\z", "options": "" } } }""");
        Add("Contains", x => x.Name.Contains("an"), """{ "name": { "$regularExpression": { "pattern": "an", "options": "" } } }""");
        Add("Contains char", x => x.Name.Contains('.'), """{ "name": { "$regularExpression": { "pattern": "\\.", "options": "" } } }""");
        Add("StartsWith ignoring case", x => x.Name.StartsWith("jo", StringComparison.OrdinalIgnoreCase), """{ "name": { "$regularExpression": { "pattern": "^jo", "options": "i" } } }""");
        Add("Contains ignoring case", x => x.Name.Contains("AN", StringComparison.InvariantCultureIgnoreCase), """{ "name": { "$regularExpression": { "pattern": "AN", "options": "i" } } }""");
        Add("EndsWith ordinal", x => x.Name.EndsWith("x", StringComparison.Ordinal), """{ "name": { "$regularExpression": { "pattern": "x\\z", "options": "" } } }""");
        Add("StartsWith with ignoreCase flag", x => x.Name.StartsWith("jo", true, null), """{ "name": { "$regularExpression": { "pattern": "^jo", "options": "i" } } }""");
        Add("StartsWith on a nested member", x => x.Address.City.StartsWith("Os"), """{ "address.city": { "$regularExpression": { "pattern": "^Os", "options": "" } } }""");
        Add("ToLower equals", x => x.Name.ToLower() == "ann", """{ "name": { "$regularExpression": { "pattern": "^ann\\z", "options": "i" } } }""");
        Add("ToUpperInvariant equals", x => x.Name.ToUpperInvariant() == "ANN", """{ "name": { "$regularExpression": { "pattern": "^ANN\\z", "options": "i" } } }""");
        Add("ToLower not equal", x => x.Name.ToLower() != "ann", """{ "name": { "$not": { "$regularExpression": { "pattern": "^ann\\z", "options": "i" } } } }""");
        Add("ToLower with an upper-case value never matches", x => x.Name.ToLower() == "Ann", """{ "$nor": [{}] }""");
        Add("ToLower not equal to an upper-case value always matches", x => x.Name.ToLower() != "Ann", "{}");
        Add("ToLower equals null", x => x.Name.ToLower() == null, """{ "name": null }""");
        Add("ToLower then Contains", x => x.Name.ToLower().Contains("an"), """{ "name": { "$regularExpression": { "pattern": "an", "options": "i" } } }""");
        Add("ToLower then StartsWith with upper case", x => x.Name.ToLower().StartsWith("A"), """{ "$nor": [{}] }""");
        Add("string.Equals ignoring case", x => string.Equals(x.Name, "ann", StringComparison.OrdinalIgnoreCase), """{ "name": { "$regularExpression": { "pattern": "^ann\\z", "options": "i" } } }""");
        Add("instance Equals ignoring case", x => x.Name.Equals("ann", StringComparison.CurrentCultureIgnoreCase), """{ "name": { "$regularExpression": { "pattern": "^ann\\z", "options": "i" } } }""");
        Add("string.Equals ordinal", x => string.Equals(x.Name, "ann", StringComparison.Ordinal), """{ "name": "ann" }""");
        Add("IsNullOrEmpty", x => string.IsNullOrEmpty(x.Email), """{ "mail": { "$in": [null, ""] } }""");
        Add("not IsNullOrEmpty", x => !string.IsNullOrEmpty(x.Email), """{ "mail": { "$nin": [null, ""] } }""");
        Add("IsNullOrWhiteSpace", x => string.IsNullOrWhiteSpace(x.Email), """{ "mail": { "$in": [null, { "$regularExpression": { "pattern": "^\\s*\\z", "options": "" } }] } }""");
        Add("not StartsWith", x => !x.Name.StartsWith("A"), """{ "name": { "$not": { "$regularExpression": { "pattern": "^A", "options": "" } } } }""");

        // Collections.
        Add("array Contains", x => x.Tags.Contains("vip"), """{ "tags": "vip" }""");
        Add("Enumerable.Contains on a member", x => x.Scores.Contains(10), """{ "scores": 10 }""");
        Add("not array Contains", x => !x.Tags.Contains("vip"), """{ "tags": { "$ne": "vip" } }""");
        Add("Contains of ids stored as ObjectId", x => x.FriendIds.Contains(CustomerId), """{ "friendIds": { "$oid": "5f1e0c9a2b3c4d5e6f708192" } }""");
        Add("In through an array literal", x => new[] { CustomerStatus.Active, CustomerStatus.Pending }.Contains(x.Status), """{ "status": { "$in": ["Active", "Pending"] } }""");
        Add("In through a list", x => new List<int> { 1, 2 }.Contains(x.Age), """{ "age": { "$in": [1, 2] } }""");
        Add("In through a hash set", x => new HashSet<string> { "a" }.Contains(x.Name), """{ "name": { "$in": ["a"] } }""");
        Add("In through Enumerable.Contains", x => Enumerable.Contains(new[] { 1, 2 }, x.Age), """{ "age": { "$in": [1, 2] } }""");
        Add("In of string ids", x => new[] { CustomerId }.Contains(x.Id), """{ "_id": { "$in": [{ "$oid": "5f1e0c9a2b3c4d5e6f708192" }] } }""");
        Add("not In", x => !new[] { 1, 2 }.Contains(x.Age), """{ "age": { "$nin": [1, 2] } }""");
        Add("In of an empty array", x => Array.Empty<int>().Contains(x.Age), """{ "age": { "$in": [] } }""");
        Add("Any", x => x.Tags.Any(), """{ "tags": { "$type": "array", "$ne": [] } }""");
        Add("not Any", x => !x.Tags.Any(), """{ "tags": { "$not": { "$type": "array", "$ne": [] } } }""");
        Add("Any with a predicate on documents", x => x.Lines.Any(l => l.Quantity > 5 && l.Sku == "A-1"),
            """{ "lines": { "$elemMatch": { "quantity": { "$gt": 5 }, "sku": "A-1" } } }""");
        Add("Any with or on documents", x => x.Lines.Any(l => l.Quantity > 5 || l.Sku == "A-1"),
            """{ "lines": { "$elemMatch": { "$or": [{ "quantity": { "$gt": 5 } }, { "sku": "A-1" }] } } }""");
        Add("Any with a predicate on scalars", x => x.Scores.Any(s => s > 5), """{ "scores": { "$elemMatch": { "$gt": 5 } } }""");
        Add("Any with a range on scalars", x => x.Scores.Any(s => s > 5 && s < 9), """{ "scores": { "$elemMatch": { "$gt": 5, "$lt": 9 } } }""");
        Add("Any with equality on scalars", x => x.Tags.Any(t => t == "vip"), """{ "tags": { "$elemMatch": { "$eq": "vip" } } }""");
        Add("Any with a pattern on scalars", x => x.Tags.Any(t => t.StartsWith("v")), """{ "tags": { "$elemMatch": { "$regex": { "$regularExpression": { "pattern": "^v", "options": "" } } } } }""");
        Add("Any with a negation on scalars", x => x.Scores.Any(s => !(s > 5)), """{ "scores": { "$elemMatch": { "$not": { "$gt": 5 } } } }""");
        Add("Any with In on scalars", x => x.Tags.Any(t => new[] { "a", "b" }.Contains(t)), """{ "tags": { "$elemMatch": { "$in": ["a", "b"] } } }""");
        Add("Any nested", x => x.Lines.Any(l => l.Labels.Any(t => t == "gift")), """{ "lines": { "$elemMatch": { "labels": { "$elemMatch": { "$eq": "gift" } } } } }""");
        Add("Any with Contains inside", x => x.Lines.Any(l => l.Labels.Contains("gift")), """{ "lines": { "$elemMatch": { "labels": "gift" } } }""");
        Add("Any over arrays of arrays", x => x.Matrix.Any(row => row.Count == 2), """{ "matrix": { "$elemMatch": { "$size": 2 } } }""");
        Add("Any with a constant-true predicate", x => x.Lines.Any(l => true), """{ "lines": { "$type": "array", "$ne": [] } }""");
        Add("Any with a constant-false predicate", x => x.Lines.Any(l => false), """{ "$nor": [{}] }""");
        Add("Where then Any", x => x.Lines.Where(l => l.Quantity > 1).Any(), """{ "lines": { "$elemMatch": { "quantity": { "$gt": 1 } } } }""");
        Add("All on documents", x => x.Lines.All(l => l.Quantity > 0), """{ "lines": { "$not": { "$elemMatch": { "quantity": { "$not": { "$gt": 0 } } } } } }""");
        Add("All on scalars", x => x.Scores.All(s => s >= 1), """{ "scores": { "$not": { "$elemMatch": { "$not": { "$gte": 1 } } } } }""");
        Add("All with a compound predicate", x => x.Lines.All(l => l.Quantity > 0 && l.Sku != ""),
            """{ "lines": { "$not": { "$elemMatch": { "$nor": [{ "quantity": { "$gt": 0 }, "sku": { "$ne": "" } }] } } } }""");
        Add("All with a constant-false predicate", x => x.Lines.All(l => false), """{ "lines": { "$not": { "$type": "array", "$ne": [] } } }""");
        Add("All with a constant-true predicate", x => x.Lines.All(l => true), "{}");
        Add("client values Any", x => new[] { "A", "B" }.Any(p => x.Name.StartsWith(p)),
            """{ "$or": [{ "name": { "$regularExpression": { "pattern": "^A", "options": "" } } }, { "name": { "$regularExpression": { "pattern": "^B", "options": "" } } }] }""");
        Add("client values All", x => new[] { "a", "b" }.All(t => x.Tags.Contains(t)), """{ "$and": [{ "tags": "a" }, { "tags": "b" }] }""");
        Add("dictionary ContainsKey", x => x.Attributes.ContainsKey("color"), """{ "attributes.color": { "$exists": true } }""");

        // Sizes.
        Add("Count equal", x => x.Tags.Count == 2, """{ "tags": { "$size": 2 } }""");
        Add("Count not equal", x => x.Tags.Count != 2, """{ "tags": { "$not": { "$size": 2 } } }""");
        Add("Count greater than", x => x.Tags.Count > 2, """{ "tags.2": { "$exists": true } }""");
        Add("Count greater than or equal", x => x.Tags.Count >= 2, """{ "tags.1": { "$exists": true } }""");
        Add("Count less than", x => x.Tags.Count < 2, """{ "tags.1": { "$exists": false } }""");
        Add("Count less than or equal", x => x.Tags.Count <= 2, """{ "tags.2": { "$exists": false } }""");
        Add("Count greater than zero", x => x.Tags.Count > 0, """{ "tags.0": { "$exists": true } }""");
        Add("Count greater than or equal to zero", x => x.Tags.Count >= 0, "{}");
        Add("Count less than zero", x => x.Tags.Count < 0, """{ "$nor": [{}] }""");
        Add("Count equal to a negative number", x => x.Tags.Count == -1, """{ "$nor": [{}] }""");
        Add("Count mirrored", x => 3 < x.Tags.Count, """{ "tags.3": { "$exists": true } }""");
        Add("Count()", x => x.Lines.Count() == 0, """{ "lines": { "$size": 0 } }""");
        Add("array Length", x => x.Scores.Length == 3, """{ "scores": { "$size": 3 } }""");
        Add("array Length greater than", x => x.Scores.Length > 3, """{ "scores.3": { "$exists": true } }""");
        Add("nested array Count", x => x.Lines.Any(l => l.Labels.Count > 1), """{ "lines": { "$elemMatch": { "labels.1": { "$exists": true } } } }""");

        // Constants.
        Add("constant true", x => true, "{}");
        Add("constant false", x => false, """{ "$nor": [{}] }""");
        Add("constant part of and", x => 1 + 1 == 2 && x.Age == 3, """{ "age": 3 }""");
        Add("constant false part of and", x => 1 + 1 == 3 && x.Age == 3, """{ "$nor": [{}] }""");
        Add("constant true part of or", x => 1 + 1 == 2 || x.Age == 3, "{}");
        Add("constant false part of or", x => 1 + 1 == 3 || x.Age == 3, """{ "age": 3 }""");
        return cases;
    }
}
