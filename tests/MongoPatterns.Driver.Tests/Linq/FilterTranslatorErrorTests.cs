using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

[SuppressMessage("Globalization", "CA1307", Justification = "The lambdas are translated to MongoDB queries, never run; the overloads they call are what is under test.")]
[SuppressMessage("Globalization", "CA1309", Justification = "The lambdas are translated to MongoDB queries, never run; the overloads they call are what is under test.")]
[SuppressMessage("Globalization", "CA1304", Justification = "The lambdas are translated to MongoDB queries, never run; the overloads they call are what is under test.")]
[SuppressMessage("Globalization", "CA1311", Justification = "The lambdas are translated to MongoDB queries, never run; the overloads they call are what is under test.")]
[SuppressMessage("Performance", "CA1862", Justification = "The lambdas are translated to MongoDB queries, never run; the overloads they call are what is under test.")]
public sealed class FilterTranslatorErrorTests
{
    private static readonly Dictionary<string, (Expression<Func<Customer, bool>> Predicate, string? Expression, string Reason)> s_cases = CreateCases();

    public static TheoryData<string> CaseNames => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Translate_UnsupportedForm_ThrowsNamingTheExpression(string name)
    {
        var (predicate, expression, reason) = s_cases[name];

        var exception = Assert.Throws<NotSupportedException>(() => FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry));

        var prefix = expression is null ? "Expression '" : $"Expression '{expression}' cannot be translated to a MongoDB ";
        Assert.True(exception.Message.StartsWith(prefix, StringComparison.Ordinal), exception.Message);
        Assert.True(exception.Message.Contains(reason, StringComparison.Ordinal), exception.Message);
        Assert.Contains("Supported: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_Trim_HasTheDocumentedMessage()
    {
        var exception = Assert.Throws<NotSupportedException>(() => Translate(x => x.Name.Trim() == "a"));

        Assert.StartsWith("Expression 'x.Name.Trim()' cannot be translated to a MongoDB query. Supported: comparisons", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_NullTextInStartsWith_ThrowsArgumentException()
    {
        string? prefix = null;

        Assert.Throws<ArgumentException>(() => Translate(x => x.Name.StartsWith(prefix!)));
    }

    [Fact]
    public void Translate_LambdaNotReturningBool_IsRejected()
    {
        Expression<Func<Customer, bool?>> predicate = x => x.IsVerified;

        Assert.Throws<ArgumentException>(() => FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry));
    }

    private static Dictionary<string, (Expression<Func<Customer, bool>>, string?, string)> CreateCases()
    {
        var cases = new Dictionary<string, (Expression<Func<Customer, bool>>, string?, string)>();
        void Add(string name, Expression<Func<Customer, bool>> predicate, string? expression, string reason = "") => cases.Add(name, (predicate, expression, reason));

        Add("unsupported string method", x => x.Name.Trim() == "a", "x.Name.Trim()");
        Add("string length", x => x.Name.Length > 3, "x.Name.Length");
        Add("two fields", x => x.Name == x.Email, "(x.Name == x.Email)", "comparing two fields needs $expr");
        Add("two fields, ordered", x => x.Age < x.Score, "(Convert(x.Age, Nullable`1) < x.Score)", "$expr");
        Add("unmapped computed member", x => x.Display == "a", "x.Display", "Display is not a mapped member of Customer");
        Add("ignored member", x => x.Ignored == "a", "x.Ignored", "Ignored is not a mapped member of Customer");
        Add("whole document", x => x == null, "(x == null)", "it uses the whole document");
        Add("enum stored as string ordered", x => x.Status > CustomerStatus.Active, "(Convert(x.Status, Int32) > 1)", "the enum is stored as strings");
        Add("or over scalar items", x => x.Scores.Any(s => s == 1 || s == 2), "s => ((s == 1) OrElse (s == 2))", "can only be combined with &&");
        Add("outer document inside Any", x => x.Lines.Any(l => l.Quantity > x.Age), "x.Age", "it refers to 'x'");
        Add("item read from the document", x => x.Tags.Contains(x.Name), "x.Tags.Contains(x.Name)", "both the collection and the item read the document");
        Add("ToLower ordered", x => x.Name.ToLower().CompareTo("a") > 0, "(x.Name.ToLower().CompareTo(\"a\") > 0)", "can only be compared with == or !=");
        Add("CompareTo against one", x => x.Name.CompareTo("a") == 1, "(x.Name.CompareTo(\"a\") == 1)", "compared with 0");
        Add("ToUpper less than", x => string.Compare(x.Name.ToUpper(), "A") < 0, "(Compare(x.Name.ToUpper(), \"A\") < 0)", "can only be compared with == or !=");
        Add("size of a string", x => x.Name.Count() > 1, "x.Name", "it is not stored as an array");
        Add("Any over a non-array", x => x.Address.City.Any(), "x.Address.City", "it is not stored as an array");
        Add("searched text from the document", x => "abc".Contains(x.Name), "\"abc\".Contains(x.Name)", "the string searched must be a member");
        Add("pattern from the document", x => x.Name.StartsWith(x.Email!), "x.Name.StartsWith(x.Email)", "must be computed on the client");
        Add("index from the document", x => x.Tags[x.Age] == "a", "x.Tags.get_Item(x.Age)", "the index must be computed on the client");
        Add("negative index", x => x.Tags[-1] == "a", "x.Tags.get_Item(-1)", "the index -1 is negative");
        Add("member of a dictionary", x => x.Attributes.Count > 1, "x.Attributes", "it is not stored as an array");
        Add("custom comparer", x => new[] { "a" }.Contains(x.Name, StringComparer.OrdinalIgnoreCase), null, "a custom equality comparer cannot be translated");
        Add("method on the document", x => x.ToString() == "a", "x.ToString()");
        Add("nested lambda invoke", x => new Func<int, bool>(a => a > 1)(x.Age), "Invoke(a => (a > 1), x.Age)");
        return cases;
    }

    private static void Translate(Expression<Func<Customer, bool>> predicate) =>
        FilterTranslator.Translate(predicate, TestSerializers.Customer, TestSerializers.Registry);
}
