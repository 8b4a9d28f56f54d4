using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using MongoPatterns.Bson.Serialization.Serializers;

namespace MongoPatterns.Bson.Serialization.Mapping;

/// <summary>
/// Builds <see cref="BsonClassMap"/>s in two phases: <see cref="Describe"/> reads the type's members, attributes,
/// fluent configuration and constructors (no serializers needed, so it cannot recurse); <see cref="Bind"/> resolves each
/// member's serializer through the registry and compiles the accessors. Types that refer to themselves work because the
/// registry hands out the described map (and a not yet initialized serializer) while binding.
/// </summary>
internal static class ClassMapFactory
{
    private const BindingFlags DeclaredInstanceMembers = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
    private static readonly string[] s_conventionalIdNames = ["Id", "id", "_id"];

    /// <summary>Whether <paramref name="type"/> can be described by a class map at all.</summary>
    public static string? GetUnmappableReason(Type type)
    {
        if (type.IsInterface)
        {
            return "interfaces cannot be mapped (polymorphism is not supported); map a concrete class or register a custom serializer";
        }

        if (type.IsGenericTypeDefinition || type.ContainsGenericParameters)
        {
            return "open generic types cannot be mapped";
        }

        if (type.IsPointer || type.IsByRef || type.IsByRefLike || type.IsPrimitive || type.IsArray)
        {
            return "the type has no document form";
        }

        if (typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type))
        {
            return "the type has no document form; register a custom serializer";
        }

        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return "collections are stored as arrays only when they implement ICollection<T> (with a parameterless constructor) or a supported collection interface; register a custom serializer";
        }

        return null;
    }

    public static BsonClassMap Describe(Type type, BsonConventions conventions, ClassMapConfiguration? configuration)
    {
        var map = new BsonClassMap(type);
        var candidates = CollectCandidates(type, configuration);

        var extras = candidates.Where(static c => c.Configuration.IsExtraElements).ToList();
        if (extras.Count > 1)
        {
            throw SerializationErrors.Mapping(type, $"only one member may collect extra elements, but {string.Join(" and ", extras.Select(static e => e.Member.Name))} do");
        }

        var extraElements = extras.FirstOrDefault();
        if (extraElements is not null)
        {
            ValidateExtraElements(type, extraElements);
            candidates.Remove(extraElements);
        }

        var idCandidate = FindId(type, candidates);
        var constructor = ChooseConstructor(type, candidates, configuration, out var parameterMembers, out var parameterDefaults, out var reason);

        var members = new List<BsonMemberMap>();
        var elementNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var isId = ReferenceEquals(candidate, idCandidate);
            var isParameter = parameterMembers?.Contains(candidate) == true;
            var access = isParameter ? MemberAccess.Constructor : AccessorCompiler.GetAccess(candidate.Member);
            if (!isId && !candidate.Configuration.IsMapped && (access == MemberAccess.WriteOnly || !candidate.IsPublic))
            {
                continue;
            }

            var elementName = isId ? "_id" : candidate.Configuration.ElementName ?? ConvertName(candidate.Member.Name, conventions.ElementNames);
            if (elementName.Contains('\0', StringComparison.Ordinal))
            {
                throw SerializationErrors.Mapping(type, $"the element name of {candidate.Member.Name} contains '\\0'");
            }

            if (!elementNames.TryAdd(elementName, candidate.Member.Name))
            {
                throw SerializationErrors.Mapping(type, $"{elementNames[elementName]} and {candidate.Member.Name} both map to the element '{elementName}'");
            }

            var member = new BsonMemberMap(candidate.Member, candidate.Type, elementName)
            {
                IsId = isId,
                IgnoreIfNull = candidate.Configuration.IgnoreIfNull ?? conventions.IgnoreIfNull,
                IgnoreIfDefault = candidate.Configuration.IgnoreIfDefault ?? false,
                Representation = candidate.Configuration.Representation,
                IsConstructorParameter = isParameter,
                IsReadBack = access != MemberAccess.WriteOnly,
                Access = access,
                Order = candidate.Configuration.Order ?? int.MaxValue,
                Configuration = candidate.Configuration,
            };
            candidate.Map = member;
            members.Add(member);
        }

        // The id first, then members with an explicit order, then declaration order (base classes first).
        var ordered = members
            .Select(static (member, index) => (member, index))
            .OrderBy(static pair => pair.member.IsId ? 0 : 1)
            .ThenBy(static pair => pair.member.Order)
            .ThenBy(static pair => pair.index)
            .Select(static pair => pair.member)
            .ToList();

        var ignoreExtraElements = configuration?.IgnoreExtraElements
            ?? type.GetCustomAttribute<BsonIgnoreExtraElementsAttribute>(inherit: true)?.IgnoreExtraElements
            ?? conventions.IgnoreExtraElements;

        if (parameterMembers is not null)
        {
            map.CreatorParameters = [.. parameterMembers.Select(static candidate => candidate?.Map)];
            map.CreatorDefaults = parameterDefaults!;
        }
        else
        {
            map.UsesFactory = reason is null;
        }

        map.CannotCreateReason = reason;
        map.Complete(ordered, extraElements?.Member, extraElements?.Type, ignoreExtraElements, constructor, reason is null);
        return map;
    }

    public static void Bind(BsonClassMap map, BsonSerializerRegistry registry)
    {
        var type = map.ClassType;
        foreach (var member in map.Members)
        {
            var serializer = ResolveSerializer(map, member, registry);
            member.SetSerializer(serializer);
            if (member.IsId)
            {
                member.IdGeneration = GetIdGeneration(member.MemberType, serializer);
            }

            member.Binding = CreateInstance(
                type,
                typeof(MemberBinding<,>).MakeGenericType(type, member.MemberType),
                member,
                serializer);
        }

        var createCreation = typeof(ClassMapFactory).GetMethod(nameof(CreateCreation), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            map.Creation = createCreation.Invoke(null, [map, registry]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw SerializationErrors.Mapping(type, exception.InnerException.Message.TrimEnd('.'), exception.InnerException);
        }
    }

    private static ClassCreation<TClass> CreateCreation<TClass>(BsonClassMap map, BsonSerializerRegistry registry)
    {
        var members = map.Members.Select(static member => (MemberBinding<TClass>)member.Binding!).ToArray();
        ExtraElementsBinding<TClass>? extraElements = null;
        if (map.ExtraElementsMember is { } extraMember)
        {
            extraElements = (ExtraElementsBinding<TClass>)Activator.CreateInstance(
                typeof(ExtraElementsBinding<,>).MakeGenericType(typeof(TClass), map.ExtraElementsType!),
                extraMember,
                registry.GetSerializer<object>())!;
        }

        if (map.CreatorParameters is { } parameters)
        {
            var slotOfParameter = new int[parameters.Length];
            var slotDefaults = new object?[members.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                slotOfParameter[i] = parameters[i]?.Position ?? -1;
                if (parameters[i] is { } member)
                {
                    slotDefaults[member.Position] = map.CreatorDefaults[i];
                }
            }

            return new ClassCreation<TClass>
            {
                Members = members,
                ExtraElements = extraElements,
                Creator = AccessorCompiler.CompileCreator<TClass>(map.Constructor!, slotOfParameter, map.CreatorDefaults),
                SlotDefaults = slotDefaults,
            };
        }

        return new ClassCreation<TClass>
        {
            Members = members,
            ExtraElements = extraElements,
            Factory = map.UsesFactory ? AccessorCompiler.CompileFactory<TClass>(map.Constructor) : null,
            CannotCreateReason = map.CannotCreateReason,
        };
    }

    private static IBsonSerializer ResolveSerializer(BsonClassMap map, BsonMemberMap member, BsonSerializerRegistry registry)
    {
        var configuration = member.Configuration;
        IBsonSerializer serializer;
        try
        {
            if (configuration.Serializer is not null)
            {
                serializer = configuration.Serializer;
            }
            else if (configuration.SerializerType is not null)
            {
                serializer = registry.InstantiateSerializer(configuration.SerializerType, member.MemberType);
            }
            else if (configuration.Representation is { } representation)
            {
                serializer = registry.GetSerializer(member.MemberType, representation);
            }
            else if (member.IsId && member.MemberType == typeof(string) && registry.Conventions.StringIdStoredAsObjectId)
            {
                serializer = StringSerializer.ObjectIdWhenValidInstance;
            }
            else
            {
                serializer = registry.GetSerializer(member.MemberType);
            }
        }
        catch (BsonSerializationException exception)
        {
            throw SerializationErrors.Mapping(map.ClassType, $"member {member.MemberName}: {exception.Message.TrimEnd('.')}", exception);
        }

        if (!typeof(IBsonSerializer<>).MakeGenericType(member.MemberType).IsInstanceOfType(serializer))
        {
            throw SerializationErrors.Mapping(
                map.ClassType,
                $"the serializer {serializer.GetType().Name} of member {member.MemberName} does not implement IBsonSerializer<{TypeNames.Format(member.MemberType)}>");
        }

        return serializer;
    }

    private static IdGeneration GetIdGeneration(Type memberType, IBsonSerializer serializer)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (type == typeof(ObjectId))
        {
            return IdGeneration.ObjectId;
        }

        if (type == typeof(Guid))
        {
            return IdGeneration.Guid;
        }

        return type == typeof(string) && serializer is StringSerializer { Representation: not StringRepresentation.String }
            ? IdGeneration.ObjectIdString
            : IdGeneration.None;
    }

    private static object CreateInstance(Type classType, Type bindingType, params object[] arguments)
    {
        try
        {
            return Activator.CreateInstance(bindingType, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw SerializationErrors.Mapping(classType, exception.InnerException.Message.TrimEnd('.'), exception.InnerException);
        }
    }

    private static List<Candidate> CollectCandidates(Type type, ClassMapConfiguration? configuration)
    {
        var hierarchy = new List<Type>();
        for (var level = type; level is not null && level != typeof(object) && level != typeof(ValueType); level = level.BaseType)
        {
            hierarchy.Insert(0, level);
        }

        var candidates = new List<Candidate>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var level in hierarchy)
        {
            var properties = level.GetProperties(DeclaredInstanceMembers)
                .Where(static property => property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
                .OrderBy(static property => property.MetadataToken)
                .Select(static property => (Member: (MemberInfo)property, Type: property.PropertyType, IsPublic: property.GetMethod!.IsPublic));
            var fields = level.GetFields(DeclaredInstanceMembers)
                .Where(static field => !field.IsDefined(typeof(CompilerGeneratedAttribute)) && !field.Name.StartsWith('<'))
                .OrderBy(static field => field.MetadataToken)
                .Select(static field => (Member: (MemberInfo)field, Type: field.FieldType, field.IsPublic));
            foreach (var (member, memberType, isPublic) in properties.Concat(fields))
            {
                if (memberType.IsByRefLike || memberType.IsPointer || memberType.IsByRef)
                {
                    continue;
                }

                var memberConfiguration = FromAttributes(member);
                if (configuration is not null && configuration.Members.TryGetValue(member.Name, out var fluent))
                {
                    memberConfiguration.Apply(fluent);
                }

                var explicitlyMapped = memberConfiguration.IsMapped || memberConfiguration.IsId || memberConfiguration.IsExtraElements;
                if (memberConfiguration.IsIgnored && !explicitlyMapped)
                {
                    if (byName.Remove(member.Name, out var hidden))
                    {
                        candidates[hidden] = null!;
                    }

                    continue;
                }

                if (!isPublic && !explicitlyMapped)
                {
                    continue;
                }

                var candidate = new Candidate(member, memberType, memberConfiguration, isPublic);
                if (byName.TryGetValue(member.Name, out var index))
                {
                    candidates[index] = candidate;
                }
                else
                {
                    byName.Add(member.Name, candidates.Count);
                    candidates.Add(candidate);
                }
            }
        }

        candidates.RemoveAll(static candidate => candidate is null);
        return candidates;
    }

    private static MemberConfiguration FromAttributes(MemberInfo member)
    {
        var configuration = new MemberConfiguration();
        if (member.GetCustomAttribute<BsonIgnoreAttribute>(inherit: true) is not null)
        {
            configuration.IsIgnored = true;
        }

        if (member.GetCustomAttribute<BsonIdAttribute>(inherit: true) is not null)
        {
            configuration.IsId = true;
        }

        if (member.GetCustomAttribute<BsonExtraElementsAttribute>(inherit: true) is not null)
        {
            configuration.IsExtraElements = true;
        }

        if (member.GetCustomAttribute<BsonElementAttribute>(inherit: true) is { } element)
        {
            configuration.IsMapped = true;
            configuration.ElementName = element.ElementName;
            configuration.Order = element.Order == int.MaxValue ? null : element.Order;
        }

        if (member.GetCustomAttribute<BsonIgnoreIfNullAttribute>(inherit: true) is not null)
        {
            configuration.IgnoreIfNull = true;
        }

        if (member.GetCustomAttribute<BsonIgnoreIfDefaultAttribute>(inherit: true) is not null)
        {
            configuration.IgnoreIfDefault = true;
        }

        if (member.GetCustomAttribute<BsonRepresentationAttribute>(inherit: true) is { } representation)
        {
            configuration.Representation = representation.Representation;
        }

        if (member.GetCustomAttribute<BsonSerializerAttribute>(inherit: true) is { } serializer)
        {
            configuration.SerializerType = serializer.SerializerType;
        }

        return configuration;
    }

    private static void ValidateExtraElements(Type type, Candidate candidate)
    {
        var memberType = candidate.Type;
        var supported = memberType == typeof(BsonDocument)
            || (typeof(IDictionary<string, object>).IsAssignableFrom(memberType)
                && (memberType.IsInterface ? memberType.IsAssignableFrom(typeof(Dictionary<string, object>)) : memberType.GetConstructor(Type.EmptyTypes) is not null));
        if (!supported)
        {
            throw SerializationErrors.Mapping(
                type,
                $"the extra elements member {candidate.Member.Name} must be a BsonDocument or an IDictionary<string, object?> (an interface or a type with a parameterless constructor), not {TypeNames.Format(memberType)}");
        }

        if (AccessorCompiler.GetAccess(candidate.Member) == MemberAccess.WriteOnly)
        {
            throw SerializationErrors.Mapping(type, $"the extra elements member {candidate.Member.Name} must be assignable (a setter, an init accessor, a field or an auto-property)");
        }
    }

    private static Candidate? FindId(Type type, List<Candidate> candidates)
    {
        var marked = candidates.Where(static c => c.Configuration.IsId).ToList();
        if (marked.Count > 1)
        {
            throw SerializationErrors.Mapping(type, $"only one member may be the id, but {string.Join(" and ", marked.Select(static m => m.Member.Name))} are marked");
        }

        if (marked.Count == 1)
        {
            return marked[0];
        }

        foreach (var name in s_conventionalIdNames)
        {
            var candidate = candidates.FirstOrDefault(c => c.Member.Name == name && c.IsPublic);
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    private static ConstructorInfo? ChooseConstructor(
        Type type,
        List<Candidate> candidates,
        ClassMapConfiguration? configuration,
        out Candidate?[]? parameterMembers,
        out object?[]? parameterDefaults,
        out string? cannotCreateReason)
    {
        parameterMembers = null;
        parameterDefaults = null;
        cannotCreateReason = null;
        var constructors = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        var marked = configuration?.Constructor;
        if (marked is null)
        {
            var attributed = constructors.Where(static c => c.IsDefined(typeof(BsonConstructorAttribute))).ToList();
            if (attributed.Count > 1)
            {
                throw SerializationErrors.Mapping(type, "only one constructor may be marked [BsonConstructor]");
            }

            marked = attributed.FirstOrDefault();
        }

        if (type.IsAbstract)
        {
            cannotCreateReason = "it is abstract (polymorphism is not supported; read a concrete type or register a custom serializer)";
            return null;
        }

        if (marked is not null)
        {
            if (marked.GetParameters().Length == 0)
            {
                return marked;
            }

            if (!TryMatch(marked, candidates, out parameterMembers, out parameterDefaults, out var problem))
            {
                throw SerializationErrors.Mapping(type, $"the [BsonConstructor] cannot be used: {problem}");
            }

            return marked;
        }

        var publicParameterless = constructors.FirstOrDefault(static c => c.IsPublic && c.GetParameters().Length == 0);
        if (publicParameterless is not null)
        {
            return publicParameterless;
        }

        if (type.IsValueType)
        {
            // Structs start from default and get their members set, unless a constructor is the only way to set some
            // of them (KeyValuePair<TKey, TValue> and other structs with get-only properties).
            foreach (var constructor in constructors.Where(static c => c.IsPublic).OrderByDescending(static c => c.GetParameters().Length))
            {
                if (TryMatch(constructor, candidates, out parameterMembers, out parameterDefaults, out _)
                    && parameterMembers!.Any(static member => member is not null && AccessorCompiler.GetAccess(member.Member) == MemberAccess.WriteOnly))
                {
                    return constructor;
                }
            }

            parameterMembers = null;
            parameterDefaults = null;
            return null;
        }

        foreach (var constructor in constructors.Where(static c => c.IsPublic).OrderByDescending(static c => c.GetParameters().Length))
        {
            if (TryMatch(constructor, candidates, out parameterMembers, out parameterDefaults, out _))
            {
                return constructor;
            }
        }

        var hiddenParameterless = constructors.FirstOrDefault(static c => c.GetParameters().Length == 0);
        if (hiddenParameterless is not null)
        {
            return hiddenParameterless;
        }

        cannotCreateReason = "it has no parameterless constructor and no public constructor whose parameters all match members (by name, ignoring case) or have default values; mark one with [BsonConstructor]";
        return null;
    }

    private static bool TryMatch(
        ConstructorInfo constructor,
        List<Candidate> candidates,
        out Candidate?[]? parameterMembers,
        out object?[]? parameterDefaults,
        out string? problem)
    {
        var parameters = constructor.GetParameters();
        var members = new Candidate?[parameters.Length];
        var defaults = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var match = candidates.FirstOrDefault(c => string.Equals(c.Member.Name, parameter.Name, StringComparison.Ordinal))
                ?? candidates.FirstOrDefault(c => string.Equals(c.Member.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (match is not null && !parameter.ParameterType.IsAssignableFrom(match.Type))
            {
                match = null;
            }

            if (match is not null && members.Contains(match))
            {
                match = null;
            }

            if (match is null && !parameter.HasDefaultValue)
            {
                parameterMembers = null;
                parameterDefaults = null;
                problem = $"parameter '{parameter.Name}' matches no member of a compatible type and has no default value";
                return false;
            }

            members[i] = match;
            defaults[i] = DefaultOf(parameter);
        }

        parameterMembers = members;
        parameterDefaults = defaults;
        problem = null;
        return true;
    }

    private static object? DefaultOf(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (parameter.HasDefaultValue && parameter.DefaultValue is { } value and not DBNull)
        {
            return underlying.IsEnum && value.GetType() != underlying ? Enum.ToObject(underlying, value) : value;
        }

        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? RuntimeHelpers.GetUninitializedObject(type) : null;
    }

    private static string ConvertName(string name, ElementNameConvention convention) =>
        convention == ElementNameConvention.CamelCase ? JsonNamingPolicy.CamelCase.ConvertName(name) : name;

    /// <summary>A member that may be mapped.</summary>
    private sealed class Candidate(MemberInfo member, Type type, MemberConfiguration configuration, bool isPublic)
    {
        public MemberInfo Member { get; } = member;

        public Type Type { get; } = type;

        public MemberConfiguration Configuration { get; } = configuration;

        public bool IsPublic { get; } = isPublic;

        public BsonMemberMap? Map { get; set; }
    }
}
