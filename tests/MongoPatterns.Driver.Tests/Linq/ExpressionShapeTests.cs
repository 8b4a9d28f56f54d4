using System.Linq.Expressions;
using MongoPatterns.Driver.Linq;

namespace MongoPatterns.Driver.Tests.Linq;

public sealed class ExpressionShapeTests
{
    [Fact]
    public void Create_SameCallSiteWithOtherCapturedValues_HasTheSameShape()
    {
        var first = ExpressionShape.Create(Capture("a", 1), out var firstConstants);
        var second = ExpressionShape.Create(Capture("b", 2), out var secondConstants);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second!.GetHashCode());
        Assert.NotSame(firstConstants[0], secondConstants[0]);
    }

    [Theory]
    [MemberData(nameof(DifferentShapes))]
    public void Create_DifferentStructure_HasAnotherShape(Expression<Func<Customer, object>> first, Expression<Func<Customer, object>> second) =>
        Assert.NotEqual(ExpressionShape.Create(first, out _), ExpressionShape.Create(second, out _));

    public static TheoryData<Expression<Func<Customer, object>>, Expression<Func<Customer, object>>> DifferentShapes => new()
    {
        { x => x.Name, x => x.Address.City },
        { x => x.Age + 1, x => x.Age - 1 },
        { x => x.Age + 1, x => x.Age + 1L },
        { x => new { x.Name }, x => new { x.Name, x.Age } },
        { x => x.Tags.Select(t => t.Length), x => x.Tags.Select(t => t.GetHashCode()) },
        { x => x.Name.Substring(1), x => x.Name.Substring(1, 2) },
    };

    [Fact]
    public void Create_LiteralConstantsDiffer_SameShapeOtherConstants()
    {
        Expression<Func<Customer, object>> first = x => x.Age + 1;
        Expression<Func<Customer, object>> second = x => x.Age + 2;

        Assert.Equal(ExpressionShape.Create(first, out var firstConstants), ExpressionShape.Create(second, out var secondConstants));
        Assert.Equal([1], firstConstants);
        Assert.Equal([2], secondConstants);
    }

    [Fact]
    public void HoistConstants_CompiledWithTheConstants_ComputesTheSame()
    {
        var lambda = Capture("!", 3);
        ExpressionShape.Create(lambda, out var constants);
        var hoisted = (Func<Customer, object?[], string>)ExpressionShape.HoistConstants(lambda).Compile();

        Assert.Equal(lambda.Compile()(new Customer { Name = "Ann" }), hoisted(new Customer { Name = "Ann" }, constants));
    }

    private static Expression<Func<Customer, string>> Capture(string suffix, int count) => x => x.Name + new string(suffix[0], count) + 1;
}
