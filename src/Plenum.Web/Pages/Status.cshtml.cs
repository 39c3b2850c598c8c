using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plenum.Web.Pages;

/// <summary>The page people see for an error status; the status code itself is kept.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int code) => Set(code);
    public void OnPost(int code) => Set(code);

    private void Set(int code)
    {
        Code = code;
        (Heading, Text) = code switch
        {
            403 => ("Not allowed", "Your role in this workspace does not allow this. Ask a workspace owner for a higher role."),
            404 => ("Not found", "There is nothing here, or it belongs to a workspace you are not a member of."),
            429 => ("Busy", "Too many requests at once. Wait a moment and retry."),
            400 => ("Bad request", "The request could not be understood. Reload the page and try again."),
            413 => ("Too large", "The upload is over the size limit."),
            500 => ("Something went wrong", "The server failed to answer. The error was logged."),
            _ => ("Error", "The request failed."),
        };
    }
}
