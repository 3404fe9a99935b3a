using System.Reflection;

namespace MsClr.Kit.Interactive;

/// <summary>
/// A notebook output that can be replaced in place while a cell runs (training progress, a curve that grows):
/// <c>var live = LiveDisplay.Show("starting"); … live.Update(chart);</c>. In a .NET Interactive kernel it shows through
/// the invocation context (<c>KernelInvocationContextExtensions.Display</c>), the one form whose updates reach the
/// frontend: the handle returned by the kernel's <c>display(x)</c> carries a different id from the value it showed, so
/// its <c>Update</c> is lost (upstream since dotnet/interactive #3970). Under the headless runner it uses the runner's
/// display; anywhere else each update is written to the console as a line.
/// </summary>
public sealed class LiveDisplay
{
    private static Func<object?, Action<object?>>? hostDisplay;
    private readonly Action<object?> update;

    private LiveDisplay(Action<object?> update) => this.update = update;

    /// <summary>Shows <paramref name="value"/> and returns the handle that replaces it.</summary>
    public static LiveDisplay Show(object? value)
    {
        if (hostDisplay is { } host)
        {
            return new LiveDisplay(host(value));
        }

        if (KernelDisplay(value) is { } shown)
        {
            return new LiveDisplay(shown);
        }

        Console.WriteLine(value);
        return new LiveDisplay(v => Console.WriteLine(v));
    }

    /// <summary>Replaces the shown value with <paramref name="value"/>.</summary>
    public void Update(object? value) => update(value);

    /// <summary>
    /// Lets a notebook host without a kernel (the kit's headless runner) provide displays: <paramref name="display"/>
    /// shows a value and returns the action that replaces it. Null removes it.
    /// </summary>
    public static void UseHost(Func<object?, Action<object?>>? display) => hostDisplay = display;

    // The kernel's assemblies are only there inside a kernel, so they are reached by name rather than referenced
    // (the kit builds against an older Microsoft.DotNet.Interactive.Formatting, which has no DisplayedValue).
    private static Action<object?>? KernelDisplay(object? value)
    {
        var core = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Microsoft.DotNet.Interactive");
        var context = core?.GetType("Microsoft.DotNet.Interactive.KernelInvocationContext")?.GetProperty("Current", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
        var display = core?.GetType("Microsoft.DotNet.Interactive.KernelInvocationContextExtensions")?
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "Display" && m.GetParameters() is [_, { ParameterType: var p }, _] && p == typeof(object));
        var shown = context is null || display is null ? null : display.Invoke(null, [context, value, Array.Empty<string>()]);
        var update = shown?.GetType().GetMethod("Update", [typeof(object)]);
        return shown is null || update is null ? null : v => update.Invoke(shown, [v]);
    }
}
