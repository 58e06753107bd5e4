package dev.bridgehead.web;

import dev.bridgehead.infra.embedded.EmbeddedStack;
import dev.bridgehead.web.demo.DemoData;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

/** What a person needs once the marketplace is up: where it is and where its data lives. */
final class StartupBanner {

    private StartupBanner() {
    }

    static void print(ApplicationContext context, EmbeddedStack stack) {
        String url = context.findBean(EmbeddedServer.class)
                .map(server -> "http://localhost:" + server.getPort() + "/")
                .orElse("(no web server)");
        StringBuilder banner = new StringBuilder()
                .append(System.lineSeparator())
                .append("  Bridgehead is running at ").append(url).append(System.lineSeparator())
                .append("  Health: ").append(url).append("health").append(System.lineSeparator());
        if (stack != null) {
            banner.append("  Embedded data (MariaDB, Elasticsearch): ").append(stack.dataDirectory()).append(System.lineSeparator());
        }
        context.findBean(DemoData.class).map(DemoData::accounts).ifPresent(demo -> banner
                .append("  Demo sign-ins (password ").append(demo.password()).append("):").append(System.lineSeparator())
                .append("    park staff          ").append(demo.staff()).append(System.lineSeparator())
                .append("    park admin          ").append(demo.admin()).append(System.lineSeparator())
                .append("    Lingang member      ").append(demo.lingangMember()).append(System.lineSeparator())
                .append("    Singapore member    ").append(demo.singaporeMember()).append(System.lineSeparator())
                .append("    (two-factor sign-in is off for these demo accounts: switch it on under My account)").append(System.lineSeparator())
                .append("  E-mails, such as the link that confirms a new registration, are written to this log.").append(System.lineSeparator()));
        banner.append("  Press Ctrl+C to stop.").append(System.lineSeparator());
        System.out.println(banner);
    }
}
