package dev.bridgehead.web.system;

import dev.bridgehead.web.page.PageContext;
import java.util.List;

/** The browsable view of the OpenAPI document: every operation, grouped by tag. */
public record ApiReferencePage(PageContext context, String version, List<Group> groups) {

    /** The operations of one tag. */
    public record Group(String tag, List<Operation> operations) {
    }

    /** One operation: method, path and what it does. */
    public record Operation(String method, String path, String summary) {
    }
}
