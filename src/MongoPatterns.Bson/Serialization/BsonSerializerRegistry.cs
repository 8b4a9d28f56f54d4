using System.Collections.Concurrent;
using System.Reflection;
using MongoPatterns.Bson.Serialization.Attributes;
using MongoPatterns.Bson.Serialization.Conventions;
using MongoPatterns.Bson.Serialization.Mapping;

namespace MongoPatterns.Bson.Serialization;

/// <summary>
/// Finds the serializer for a .NET type: registered custom serializers first, then a <c>[BsonSerializer]</c> named on
/// the type, then built-in ones (BSON values, primitives, collections, dictionaries, <see cref="object"/>), then class
/// maps built once per type from attributes, <see cref="Conventions"/> and <see cref="MapClass{T}"/>.
/// </summary>
/// <remarks>
/// <para>
/// A registry is thread-safe and meant to live as long as the application (a singleton in dependency injection):
/// serializers are created once and cached. <see cref="Default"/> uses the default conventions. Configure
/// <see cref="Conventions"/>, <see cref="RegisterSerializer{T}"/> and <see cref="MapClass{T}"/> before the types
/// concerned are first used; a serializer already created keeps the serializers it was built with.
/// </para>
/// <para>Failures to map a type raise <see cref="BsonSerializationException"/> when its serializer is first requested.</para>
/// </remarks>
public sealed class BsonSerializerRegistry
{
    private readonly ConcurrentDictionary<Type, IBsonSerializer> _serializers = new();
    private readonly ConcurrentDictionary<Type, BsonClassMap> _classMaps = new();
    private readonly object _sync = new();
    private readonly Dictionary<Type, ClassMapConfiguration> _configurations = [];
    private readonly Dictionary<Type, IBsonSerializer> _pendingSerializers = [];
    private readonly Dictionary<Type, BsonClassMap> _pendingClassMaps = [];
    private readonly List<IDeferredInitialization> _pendingInitializations = [];
    private BsonConventions _conventions;
    private int _creationDepth;
    private bool _inUse;

    /// <summary>Creates a registry with the default conventions.</summary>
    public BsonSerializerRegistry()
        : this(new BsonConventions())
    {
    }

    /// <summary>Creates a registry with the given conventions (frozen when the registry creates its first serializer).</summary>
    /// <param name="conventions">The conventions.</param>
    public BsonSerializerRegistry(BsonConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        _conventions = conventions;
    }

    /// <summary>Gets the registry used when none is given; it has the default conventions.</summary>
    public static BsonSerializerRegistry Default { get; } = new();

    /// <summary>Gets or sets the conventions; they can be replaced only until the registry creates its first serializer.</summary>
    /// <exception cref="InvalidOperationException">Set after the registry has been used.</exception>
    public BsonConventions Conventions
    {
        get => _conventions;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (_sync)
            {
                if (_inUse)
                {
                    throw new InvalidOperationException("The conventions of a registry can only be set before it creates its first serializer.");
                }

                _conventions = value;
            }
        }
    }

    /// <summary>Registers a custom serializer for <typeparamref name="T"/>; it wins over everything else.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <param name="serializer">The serializer.</param>
    public void RegisterSerializer<T>(IBsonSerializer<T> serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        _serializers[typeof(T)] = serializer;
    }

    /// <summary>
    /// Configures how <typeparamref name="T"/> is mapped, for types that cannot carry attributes. The settings override
    /// attributes. Call it before <typeparamref name="T"/> is first used; calls for the same type add up.
    /// </summary>
    /// <typeparam name="T">The class, record or struct.</typeparam>
    /// <param name="configure">Sets up the mapping.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is already mapped.</exception>
    public BsonSerializerRegistry MapClass<T>(Action<BsonClassMapBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        lock (_sync)
        {
            if (_classMaps.ContainsKey(typeof(T)) || _pendingClassMaps.ContainsKey(typeof(T)))
            {
                throw new InvalidOperationException($"{TypeNames.Format(typeof(T))} is already mapped; configure it before its first use.");
            }

            if (!_configurations.TryGetValue(typeof(T), out var configuration))
            {
                configuration = new ClassMapConfiguration();
                _configurations.Add(typeof(T), configuration);
            }

            configure(new BsonClassMapBuilder<T>(configuration));
        }

        return this;
    }

    /// <summary>Gets the serializer for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The .NET type.</typeparam>
    /// <returns>The serializer.</returns>
    /// <exception cref="BsonSerializationException">The type cannot be mapped.</exception>
    public IBsonSerializer<T> GetSerializer<T>() => (IBsonSerializer<T>)GetSerializer(typeof(T));

    /// <summary>Gets the serializer for <paramref name="type"/>.</summary>
    /// <param name="type">The .NET type.</param>
    /// <returns>The serializer.</returns>
    /// <exception cref="BsonSerializationException">The type cannot be mapped.</exception>
    public IBsonSerializer GetSerializer(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _serializers.TryGetValue(type, out var serializer) ? serializer : CreateSerializer(type);
    }

    /// <summary>Gets how <typeparamref name="T"/> is mapped (its id, members and element names).</summary>
    /// <typeparam name="T">A class, record or struct.</typeparam>
    /// <returns>The class map.</returns>
    public BsonClassMap GetClassMap<T>() => GetClassMap(typeof(T));

    /// <summary>
    /// Gets how <paramref name="type"/> is mapped (its id, members and element names). The map describes the mapping
    /// from attributes and conventions even when a custom serializer is registered for the type.
    /// </summary>
    /// <param name="type">A class, record or struct.</param>
    /// <returns>The class map.</returns>
    /// <exception cref="ArgumentException">The type is serialized by a built-in serializer (a primitive, a collection, ...) and has no class map.</exception>
    /// <exception cref="BsonSerializationException">The type cannot be mapped.</exception>
    public BsonClassMap GetClassMap(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_classMaps.TryGetValue(type, out var map))
        {
            return map;
        }

        lock (_sync)
        {
            if (_classMaps.TryGetValue(type, out map) || _pendingClassMaps.TryGetValue(type, out map))
            {
                return map;
            }

            return Create(type, static (registry, t) =>
            {
                if (SerializerFactory.Create(t, null, registry) is not null)
                {
                    throw new ArgumentException($"{TypeNames.Format(t)} is serialized by a built-in serializer and has no class map.", nameof(type));
                }

                var classMap = registry.DescribeClassMap(t);
                registry.BindClassMap(classMap);
                return classMap;
            });
        }
    }

    /// <summary>Gets a serializer for <paramref name="type"/> stored as <paramref name="representation"/> (not cached: members keep theirs).</summary>
    internal IBsonSerializer GetSerializer(Type type, BsonType representation)
    {
        lock (_sync)
        {
            return Create(type, (registry, t) =>
                SerializerFactory.Create(t, representation, registry)
                    ?? throw SerializationErrors.Mapping(t, $"it cannot be stored as {representation}"));
        }
    }

    /// <summary>Creates the serializer named by a <c>[BsonSerializer]</c> attribute.</summary>
    internal IBsonSerializer InstantiateSerializer(Type serializerType, Type valueType)
    {
        if (!typeof(IBsonSerializer<>).MakeGenericType(valueType).IsAssignableFrom(serializerType))
        {
            throw SerializationErrors.Mapping(valueType, $"the serializer {serializerType.Name} does not implement IBsonSerializer<{TypeNames.Format(valueType)}>");
        }

        try
        {
            var withRegistry = serializerType.GetConstructor([typeof(BsonSerializerRegistry)]);
            if (withRegistry is not null)
            {
                return (IBsonSerializer)withRegistry.Invoke([this]);
            }

            var parameterless = serializerType.GetConstructor(Type.EmptyTypes)
                ?? throw SerializationErrors.Mapping(valueType, $"the serializer {serializerType.Name} needs a public constructor taking a BsonSerializerRegistry or nothing");
            return (IBsonSerializer)parameterless.Invoke(null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw SerializationErrors.Mapping(valueType, $"the serializer {serializerType.Name} could not be created: {exception.InnerException.Message.TrimEnd('.')}", exception.InnerException);
        }
    }

    private IBsonSerializer CreateSerializer(Type type)
    {
        lock (_sync)
        {
            if (_serializers.TryGetValue(type, out var serializer) || _pendingSerializers.TryGetValue(type, out serializer))
            {
                return serializer;
            }

            return Create(type, static (registry, t) =>
            {
                var created = t.GetCustomAttribute<BsonSerializerAttribute>(inherit: false) is { } attribute
                    ? registry.InstantiateSerializer(attribute.SerializerType, t)
                    : SerializerFactory.Create(t, null, registry) ?? registry.CreateClassMapSerializer(t);
                registry._pendingSerializers[t] = created;
                return created;
            });
        }
    }

    private IBsonSerializer CreateClassMapSerializer(Type type)
    {
        var map = DescribeClassMap(type);
        var serializerType = (map.IdMember is null ? typeof(ClassMapSerializer<>) : typeof(IdentifiedClassMapSerializer<>)).MakeGenericType(type);
        var serializer = (IBsonSerializer)Activator.CreateInstance(serializerType, map)!;
        _pendingSerializers[type] = serializer;
        _pendingInitializations.Add((IDeferredInitialization)serializer);
        BindClassMap(map);
        return serializer;
    }

    private BsonClassMap DescribeClassMap(Type type)
    {
        if (_classMaps.TryGetValue(type, out var map) || _pendingClassMaps.TryGetValue(type, out map))
        {
            return map;
        }

        if (ClassMapFactory.GetUnmappableReason(type) is { } reason)
        {
            throw SerializationErrors.Mapping(type, reason);
        }

        _configurations.TryGetValue(type, out var configuration);
        map = ClassMapFactory.Describe(type, _conventions, configuration);
        _pendingClassMaps.Add(type, map);
        return map;
    }

    private void BindClassMap(BsonClassMap map)
    {
        if (map.State != BsonClassMap.BindState.Described)
        {
            return;
        }

        map.State = BsonClassMap.BindState.Binding;
        ClassMapFactory.Bind(map, this);
        map.State = BsonClassMap.BindState.Bound;
    }

    // Runs a creation under _sync. Everything created while the outermost creation runs stays private to this thread
    // until it succeeds; then deferred serializers are initialized and all of it is published at once.
    private T Create<T>(Type type, Func<BsonSerializerRegistry, Type, T> create)
    {
        _inUse = true;
        _conventions.Freeze();
        _creationDepth++;
        var succeeded = false;
        try
        {
            var result = create(this, type);
            succeeded = true;
            return result;
        }
        finally
        {
            _creationDepth--;
            if (_creationDepth == 0)
            {
                if (succeeded)
                {
                    foreach (var pending in _pendingInitializations)
                    {
                        pending.Initialize();
                    }

                    foreach (var (pendingType, pendingMap) in _pendingClassMaps)
                    {
                        _classMaps.TryAdd(pendingType, pendingMap);
                    }

                    foreach (var (pendingType, pendingSerializer) in _pendingSerializers)
                    {
                        _serializers.TryAdd(pendingType, pendingSerializer);
                    }
                }

                _pendingInitializations.Clear();
                _pendingClassMaps.Clear();
                _pendingSerializers.Clear();
            }
        }
    }
}
