package org.kharita;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.kharita.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces: with a command word ({@code geoparse}, {@code eval}, {@code bench}) it runs
 * the engine from the shell and never starts Spring; without one it serves the viewer.
 */
@SpringBootApplication
public class Application implements AppShellConfigurator {
    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.runFromShell(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
