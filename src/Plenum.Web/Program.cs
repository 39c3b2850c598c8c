namespace Plenum.Web;

/// <summary>Starts the web app on its own (<c>dotnet Plenum.Web.dll --urls …</c>); <c>plenum serve</c> is the usual way.</summary>
public sealed class Program
{
    public static Task Main(string[] args) => PlenumWebApp.Build(args).RunAsync();
}
