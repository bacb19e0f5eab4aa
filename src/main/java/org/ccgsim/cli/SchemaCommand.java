package org.ccgsim.cli;

import java.util.concurrent.Callable;

import org.ccgsim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;

@Command(name = "schema", description = "Print the JSON Schema of scenario files (for editors' completion and validation).")
final class SchemaCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(ScenarioSchema.text());
        return Main.OK;
    }
}
