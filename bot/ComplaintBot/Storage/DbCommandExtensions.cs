using System.Data.Common;

namespace ComplaintBot.Storage;

internal static class DbCommandExtensions
{
    /// <summary>Adds a named parameter through the provider-neutral ADO.NET API.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
