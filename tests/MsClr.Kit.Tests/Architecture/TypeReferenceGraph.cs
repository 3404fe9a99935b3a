using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MsClr.Kit.Tests.Architecture;

/// <summary>
/// Which of an assembly's own types each of its types refers to, read from the compiled metadata: base types,
/// interfaces, field, property and method signatures, attributes, generic constraints, local variables and every
/// type, method or field token in the method bodies (IL). A reference that lives only inside a method body (a
/// <c>using</c> whose types are only called, never declared) is therefore seen too. Nested and compiler-generated types
/// (lambdas' closures, async state machines) count as part of their outermost declaring type.
/// </summary>
internal sealed class TypeReferenceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly MetadataReader _metadata;
    private readonly PEReader _pe;

    private TypeReferenceGraph(PEReader pe)
    {
        _pe = pe;
        _metadata = pe.GetMetadataReader();
    }

    /// <summary>Every edge (from, to) between distinct top-level types of the assembly at <paramref name="assemblyPath"/>, as full names.</summary>
    public static IReadOnlyList<(string From, string To)> Edges(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var graph = new TypeReferenceGraph(pe);
        var edges = new HashSet<(string, string)>();
        foreach (var handle in graph._metadata.TypeDefinitions)
        {
            var from = graph.TopLevelName(handle);
            var referenced = new HashSet<TypeDefinitionHandle>();
            graph.CollectFromType(handle, referenced);
            foreach (var target in referenced)
            {
                var to = graph.TopLevelName(target);
                if (to != from)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();
    }

    private string TopLevelName(TypeDefinitionHandle handle)
    {
        var type = _metadata.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = _metadata.GetTypeDefinition(outer);
        }

        var name = _metadata.GetString(type.Name);
        var ns = _metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    private void CollectFromType(TypeDefinitionHandle handle, HashSet<TypeDefinitionHandle> into)
    {
        var type = _metadata.GetTypeDefinition(handle);
        CollectFromEntity(type.BaseType, into);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            CollectFromEntity(_metadata.GetInterfaceImplementation(implementation).Interface, into);
        }

        CollectFromAttributes(type.GetCustomAttributes(), into);
        CollectFromGenericParameters(type.GetGenericParameters(), into);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = _metadata.GetFieldDefinition(fieldHandle);
            field.DecodeSignature(new Collector(this, into), null);
            CollectFromAttributes(field.GetCustomAttributes(), into);
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = _metadata.GetPropertyDefinition(propertyHandle);
            property.DecodeSignature(new Collector(this, into), null);
            CollectFromAttributes(property.GetCustomAttributes(), into);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            CollectFromMethod(methodHandle, into);
        }
    }

    private void CollectFromMethod(MethodDefinitionHandle handle, HashSet<TypeDefinitionHandle> into)
    {
        var method = _metadata.GetMethodDefinition(handle);
        method.DecodeSignature(new Collector(this, into), null);
        CollectFromAttributes(method.GetCustomAttributes(), into);
        CollectFromGenericParameters(method.GetGenericParameters(), into);
        foreach (var parameter in method.GetParameters())
        {
            CollectFromAttributes(_metadata.GetParameter(parameter).GetCustomAttributes(), into);
        }

        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            _metadata.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(new Collector(this, into), null);
        }

        foreach (var region in body.ExceptionRegions)
        {
            CollectFromEntity(region.CatchType, into);
        }

        CollectFromIl(body.GetILReader(), into);
    }

    private void CollectFromIl(BlobReader il, HashSet<TypeDefinitionHandle> into)
    {
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il.ReadByte());
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    CollectFromEntity(MetadataTokens.EntityHandle(il.ReadInt32()), into);
                    break;
                case OperandType.InlineSig:
                    var signature = _metadata.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(il.ReadInt32()));
                    signature.DecodeMethodSignature(new Collector(this, into), null);
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    private void CollectFromEntity(EntityHandle handle, HashSet<TypeDefinitionHandle> into)
    {
        if (handle.IsNil)
        {
            return;
        }

        var collector = new Collector(this, into);
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                into.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                _metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(collector, null);
                break;
            case HandleKind.MethodDefinition:
                var method = _metadata.GetMethodDefinition((MethodDefinitionHandle)handle);
                into.Add(method.GetDeclaringType());
                method.DecodeSignature(collector, null);
                break;
            case HandleKind.FieldDefinition:
                var field = _metadata.GetFieldDefinition((FieldDefinitionHandle)handle);
                into.Add(field.GetDeclaringType());
                field.DecodeSignature(collector, null);
                break;
            case HandleKind.MemberReference:
                var member = _metadata.GetMemberReference((MemberReferenceHandle)handle);
                CollectFromEntity(member.Parent, into);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(collector, null);
                }
                else
                {
                    member.DecodeFieldSignature(collector, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = _metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                CollectFromEntity(specification.Method, into);
                specification.DecodeSignature(collector, null);
                break;
        }
    }

    private void CollectFromAttributes(CustomAttributeHandleCollection attributes, HashSet<TypeDefinitionHandle> into)
    {
        foreach (var attribute in attributes)
        {
            CollectFromEntity(_metadata.GetCustomAttribute(attribute).Constructor, into);
        }
    }

    private void CollectFromGenericParameters(GenericParameterHandleCollection parameters, HashSet<TypeDefinitionHandle> into)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in _metadata.GetGenericParameter(parameter).GetConstraints())
            {
                CollectFromEntity(_metadata.GetGenericParameterConstraint(constraint).Type, into);
            }
        }
    }

    /// <summary>A signature decoder whose only product is the side effect of recording the assembly's own types it meets.</summary>
    private sealed class Collector(TypeReferenceGraph graph, HashSet<TypeDefinitionHandle> into) : ISignatureTypeProvider<object?, object?>
    {
        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            into.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            graph.CollectFromEntity(handle, into);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetTypeFromSerializedName(string name) => null;

        public PrimitiveTypeCode GetUnderlyingEnumType(object? type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(object? type) => false;

        public object? GetSystemType() => null;
    }
}
