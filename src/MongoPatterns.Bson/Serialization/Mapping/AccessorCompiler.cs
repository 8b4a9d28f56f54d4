using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Compiles member getters and setters and constructor calls once per mapped member, with System.Linq.Expressions (and
/// a small dynamic method for read-only fields, which expression trees cannot assign), so reading and writing objects
/// never uses reflection per call.
/// </summary>
internal static class AccessorCompiler
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static Func<TClass, TMember> CompileGetter<TClass, TMember>(MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(TClass), "instance");
        var access = MemberAccess(instance, member);
        return Expression.Lambda<Func<TClass, TMember>>(access, instance).Compile();
    }

    /// <summary>Returns how <paramref name="member"/> can be assigned outside a constructor, or <see cref="Mapping.MemberAccess.WriteOnly"/>.</summary>
    public static MemberAccess GetAccess(MemberInfo member) => member switch
    {
        PropertyInfo { SetMethod: not null } => Mapping.MemberAccess.Setter,
        PropertyInfo property => FindBackingField(property) is null ? Mapping.MemberAccess.WriteOnly : Mapping.MemberAccess.ReadOnlyField,
        FieldInfo { IsLiteral: true } => Mapping.MemberAccess.WriteOnly,
        FieldInfo { IsInitOnly: true } => Mapping.MemberAccess.ReadOnlyField,
        FieldInfo => Mapping.MemberAccess.Field,
        _ => Mapping.MemberAccess.WriteOnly,
    };

    public static RefSetter<TClass, TMember>? CompileSetter<TClass, TMember>(MemberInfo member)
    {
        switch (GetAccess(member))
        {
            case Mapping.MemberAccess.Setter:
            case Mapping.MemberAccess.Field:
                var target = Expression.Parameter(typeof(TClass).MakeByRefType(), "target");
                var value = Expression.Parameter(typeof(TMember), "value");
                var assign = Expression.Assign(MemberAccess(target, member), value);
                return Expression.Lambda<RefSetter<TClass, TMember>>(assign, target, value).Compile();
            case Mapping.MemberAccess.ReadOnlyField:
                var field = member as FieldInfo ?? FindBackingField((PropertyInfo)member)!;
                return EmitFieldSetter<TClass, TMember>(field);
            default:
                return null;
        }
    }

    public static Func<TClass> CompileFactory<TClass>(ConstructorInfo? constructor)
    {
        var creation = constructor is null ? Expression.New(typeof(TClass)) : Expression.New(constructor);
        return Expression.Lambda<Func<TClass>>(creation).Compile();
    }

    /// <summary>Compiles <c>slots =&gt; new TClass((P0)slots[i0], ...)</c>; a parameter without a slot gets its constant default.</summary>
    /// <param name="constructor">The constructor.</param>
    /// <param name="slotOfParameter">For each parameter, the member slot holding its value, or -1.</param>
    /// <param name="constantOfParameter">For each parameter without a slot, its default value.</param>
    public static Func<object?[], TClass> CompileCreator<TClass>(ConstructorInfo constructor, int[] slotOfParameter, object?[] constantOfParameter)
    {
        var slots = Expression.Parameter(typeof(object[]), "slots");
        var parameters = constructor.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            arguments[i] = slotOfParameter[i] >= 0
                ? Expression.Convert(Expression.ArrayIndex(slots, Expression.Constant(slotOfParameter[i])), type)
                : Expression.Constant(constantOfParameter[i], type);
        }

        Expression creation = Expression.New(constructor, arguments);
        if (creation.Type != typeof(TClass))
        {
            creation = Expression.Convert(creation, typeof(TClass));
        }

        return Expression.Lambda<Func<object?[], TClass>>(creation, slots).Compile();
    }

    /// <summary>The compiler-generated backing field of a get-only auto-property, if there is one.</summary>
    public static FieldInfo? FindBackingField(PropertyInfo property) =>
        property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", InstanceMembers);

    private static MemberExpression MemberAccess(Expression instance, MemberInfo member)
    {
        var declaring = member.DeclaringType!;
        var target = instance.Type == declaring || declaring.IsAssignableFrom(instance.Type) ? instance : Expression.Convert(instance, declaring);
        return member is PropertyInfo property ? Expression.Property(target, property) : Expression.Field(target, (FieldInfo)member);
    }

    private static RefSetter<TClass, TMember> EmitFieldSetter<TClass, TMember>(FieldInfo field)
    {
        var method = new DynamicMethod(
            "set_" + field.Name,
            returnType: null,
            [typeof(TClass).MakeByRefType(), typeof(TMember)],
            typeof(TClass).Module,
            skipVisibility: true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        if (!typeof(TClass).IsValueType)
        {
            il.Emit(OpCodes.Ldind_Ref);
        }

        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<RefSetter<TClass, TMember>>();
    }
}
