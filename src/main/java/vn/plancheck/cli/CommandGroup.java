package vn.plancheck.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code rules}, {@code decisions}): called alone, it prints its usage. */
abstract class CommandGroup implements Runnable {
    @ParentCommand
    PlancheckCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(parent.out());
    }
}
