namespace MsClr.Kit.Skeletons;

/// <summary>Turns a joint reference (a joint name) into its 0-based index, failing with the field that named it.</summary>
internal static class JointReference
{
    public static int Resolve(IReadOnlyList<string> jointNames, string jointName, string source, string field)
    {
        for (var i = 0; i < jointNames.Count; i++)
        {
            if (string.Equals(jointNames[i], jointName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new SkeletonFormatException(
            source, field, $"unknown joint '{jointName}'; expected one of the names in 'joints' or a 0-based index");
    }
}
