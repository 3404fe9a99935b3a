using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MsClr.Kit.Tests.Architecture;

/// <summary>
/// Where compiled code makes a TorchSharp <c>Scalar</c> that nothing keeps alive through the native call it is passed to
/// (see <c>MsClr.Kit.Runtime.HeldScalars</c>), read from the IL. A TorchSharp method is <em>converting</em> when it calls
/// Scalar's implicit conversion or a <c>ToScalar</c> extension, or calls (or takes the address of, as SGD's step does
/// with its per-group lambda) a converting TorchSharp method. A TorchSharp type is <em>converting</em> when one of its
/// virtual methods (a module's forward, an optimiser's step), as that type implements it, is converting: code that
/// makes such an object runs the conversion through a virtual call no call graph can see.
/// </summary>
internal sealed class TemporaryScalarCalls
{
    private static readonly HashSet<Code> CallCodes = [Code.Call, Code.Callvirt, Code.Newobj, Code.Ldftn, Code.Ldvirtftn];
    // Full names: the kit's assemblies resolve TorchSharp through their own resolver, so definitions are compared by name.
    private readonly HashSet<string> _converting;
    private readonly ModuleDefinition _torchSharp;

    private TemporaryScalarCalls(ModuleDefinition torchSharp)
    {
        _torchSharp = torchSharp;
        _converting = ConvertingMethods(torchSharp).Select(m => m.FullName).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The analysis of the TorchSharp assembly at <paramref name="torchSharpPath"/>.</summary>
    public static TemporaryScalarCalls Of(string torchSharpPath)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(torchSharpPath)!);
        return new TemporaryScalarCalls(ModuleDefinition.ReadModule(torchSharpPath, new ReaderParameters { AssemblyResolver = resolver }));
    }

    /// <summary>How many TorchSharp methods are converting (a sanity figure for the test).</summary>
    public int ConvertingMethodCount => _converting.Count;

    /// <summary>Whether the TorchSharp method <paramref name="declaringType"/>.<paramref name="name"/> (any overload) is converting.</summary>
    public bool IsConverting(string declaringType, string name) =>
        ConvertingMethods(_torchSharp).Any(m => m.DeclaringType.FullName == declaringType && m.Name == name);

    /// <summary>Every place in the assembly at <paramref name="assemblyPath"/> that converts: a call to a converting
    /// TorchSharp method, a TorchSharp call that returns or makes an object of a converting type, and a type of the
    /// assembly that inherits a converting virtual method. Types whose full name is in <paramref name="allowedTypes"/>
    /// (and their nested types) are skipped, and so are methods marked with the attribute named
    /// <paramref name="allowingAttribute"/>, with the lambdas and local functions written in them.</summary>
    /// <returns>One line per place: caller, then what converts.</returns>
    public IReadOnlyList<string> In(string assemblyPath, IReadOnlySet<string> allowedTypes, string allowingAttribute)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath)!);
        resolver.AddSearchDirectory(Path.GetDirectoryName(_torchSharp.FileName)!);
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
        var places = new List<string>();
        foreach (var type in module.GetTypes().Where(t => !allowedTypes.Contains(Outermost(t).FullName)))
        {
            if (InheritedConvertingVirtual(type) is { } inherited)
            {
                places.Add($"{type.FullName} inherits {inherited.DeclaringType.Name}.{inherited.Name}");
            }

            foreach (var method in type.Methods.Where(m => m.HasBody && !IsMarked(m, allowingAttribute)))
            {
                foreach (var instruction in method.Body.Instructions.Where(i => CallCodes.Contains(i.OpCode.Code)))
                {
                    if (instruction.Operand is not MethodReference reference || Resolve(reference) is not { } target || !IsTorchSharp(target.Module))
                    {
                        continue;
                    }

                    var caller = $"{Outermost(type).FullName}::{method.Name}";
                    if (_converting.Contains(target.FullName))
                    {
                        places.Add($"{caller} calls {target.DeclaringType.Name}.{target.Name}({string.Join(", ", target.Parameters.Select(p => p.ParameterType.Name))})");
                    }
                    else if (ConvertingTypeMade(target, instruction.OpCode.Code) is { } made)
                    {
                        places.Add($"{caller} makes a {made.FullName} (its {InheritedConvertingVirtual(made)!.Name} converts) via {target.DeclaringType.Name}.{target.Name}");
                    }
                }
            }
        }

        return places.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static HashSet<MethodDefinition> ConvertingMethods(ModuleDefinition torchSharp)
    {
        var callers = new Dictionary<MethodDefinition, List<MethodDefinition>>();
        var converting = new HashSet<MethodDefinition>();
        foreach (var method in torchSharp.GetTypes().SelectMany(t => t.Methods))
        {
            if (IsConversion(method))
            {
                converting.Add(method);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var instruction in method.Body.Instructions.Where(i => CallCodes.Contains(i.OpCode.Code)))
            {
                if (instruction.Operand is MethodReference reference && Resolve(reference) is { } target && target.Module == torchSharp)
                {
                    if (!callers.TryGetValue(target, out var list))
                    {
                        callers[target] = list = [];
                    }

                    list.Add(method);
                }
            }
        }

        var pending = new Queue<MethodDefinition>(converting);
        while (pending.TryDequeue(out var method))
        {
            foreach (var caller in callers.GetValueOrDefault(method) ?? [])
            {
                if (converting.Add(caller))
                {
                    pending.Enqueue(caller);
                }
            }
        }

        return converting;
    }

    private static bool IsConversion(MethodDefinition method) =>
        (method.DeclaringType.FullName == "TorchSharp.Scalar" && method.Name == "op_Implicit")
        || (method.DeclaringType.FullName == "TorchSharp.ScalarExtensionMethods" && method.Name.StartsWith("To", StringComparison.Ordinal) && method.Name.EndsWith("Scalar", StringComparison.Ordinal));

    // A converting TorchSharp type that a call to target returns or constructs (a base constructor called by a derived
    // one makes the derived type, which is checked as a type of the assembly).
    private TypeDefinition? ConvertingTypeMade(MethodDefinition target, Code code)
    {
        if (target.IsConstructor && code != Code.Newobj)
        {
            return null;
        }

        var made = target.IsConstructor ? target.DeclaringType : Resolve(target.ReturnType);
        return made is not null && IsTorchSharp(made.Module) && InheritedConvertingVirtual(made) is not null ? made : null;
    }

    // The converting virtual method that type runs as its implementation, if any: walking from the type to its bases,
    // the first definition of each virtual method (by name and parameter count) is the one that runs.
    private MethodDefinition? InheritedConvertingVirtual(TypeDefinition type)
    {
        var seen = new HashSet<(string, int)>();
        for (var current = type; current is not null; current = current.BaseType is null ? null : Resolve(current.BaseType))
        {
            foreach (var method in current.Methods.Where(m => m.IsVirtual && !m.IsAbstract))
            {
                if (seen.Add((method.Name, method.Parameters.Count)) && IsTorchSharp(current.Module) && _converting.Contains(method.FullName))
                {
                    return method;
                }
            }
        }

        return null;
    }

    // Whether method, or the method a lambda or local function was written in, carries the attribute: the compiler names
    // those after it (<Outer>b__0_1, <Outer>g__Local|0_0) and puts them in the same type or a nested one.
    private static bool IsMarked(MethodDefinition method, string attribute)
    {
        var name = method.Name.StartsWith('<') ? method.Name[1..method.Name.IndexOf('>', StringComparison.Ordinal)] : method.Name;
        for (var type = method.DeclaringType; type is not null; type = type.DeclaringType)
        {
            if (type.Methods.Any(m => m.Name == name && m.CustomAttributes.Any(a => a.AttributeType.FullName == attribute)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTorchSharp(ModuleDefinition module) => module.Assembly.Name.Name == _torchSharp.Assembly.Name.Name;

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);

    private static MethodDefinition? Resolve(MethodReference reference)
    {
        try
        {
            return reference.GetElementMethod().Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    private static TypeDefinition? Resolve(TypeReference reference)
    {
        try
        {
            return reference.GetElementType().Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }
}
